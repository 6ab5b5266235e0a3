// A real, fresh database per test, cloned from the migrated template of its provider.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { adminQuery, withDatabase } from "./pg-admin";
import { TEST_POSTGRES_URL } from "./postgres";

export type Provider = "sqlite" | "postgresql";
export type TestDatabase = { provider: Provider; db: Db; url: string; cleanup: () => Promise<void> };

/** A fresh migrated database; with `seeded`, the committed seed is already loaded (by the real loader, once per run). */
export async function createTestDatabase(provider: Provider = "sqlite", { seeded = false }: { seeded?: boolean } = {}): Promise<TestDatabase> {
  if (provider === "postgresql") {
    if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set");
    const name = `${inject("postgresPrefix")}_${randomBytes(4).toString("hex")}`;
    await adminQuery(TEST_POSTGRES_URL, `CREATE DATABASE ${name} TEMPLATE ${inject("postgresPrefix")}_${seeded ? "seeded" : "template"}`);
    const url = withDatabase(TEST_POSTGRES_URL, name);
    const db = createPrismaClient(parseDatabaseUrl(url));
    return {
      provider,
      db,
      url,
      cleanup: async () => {
        await db.$disconnect();
        await adminQuery(TEST_POSTGRES_URL!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-db-"));
  const file = path.join(dir, "test.db");
  copyFileSync(inject(seeded ? "sqliteSeededTemplate" : "sqliteTemplate"), file);
  const url = `file:${file}`;
  const db = createPrismaClient(parseDatabaseUrl(url));
  return {
    provider,
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
