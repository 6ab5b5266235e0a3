import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { createTestDatabase, type TestDatabase } from "@/tests/support/db";
import { backupDatabase } from "./backup";
import { summarise } from "./copy";

describe("backupDatabase (SQLite)", () => {
  let t: TestDatabase;
  let dir: string;
  afterEach(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a copy that opens as a database holding the same data", async () => {
    t = await createTestDatabase("sqlite", { seeded: true });
    dir = mkdtempSync(path.join(os.tmpdir(), "parley-backup-"));
    const out = path.join(dir, "nested", "backup.db");

    await backupDatabase(parseDatabaseUrl(t.url), out);

    const restored = createPrismaClient(parseDatabaseUrl(`file:${out}`));
    try {
      expect(await summarise(restored)).toEqual(await summarise(t.db));
    } finally {
      await restored.$disconnect();
    }
  });
});
