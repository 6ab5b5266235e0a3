// A real SQLite database per test, copied from the migrated template: fast and isolated.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";

export type TestDatabase = { db: Db; url: string; file: string; cleanup: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-db-"));
  const file = path.join(dir, "test.db");
  copyFileSync(inject("sqliteTemplate"), file);
  const url = `file:${file}`;
  const db = createPrismaClient(parseDatabaseUrl(url));
  return {
    db,
    url,
    file,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
