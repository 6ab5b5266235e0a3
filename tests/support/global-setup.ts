// Before the suite: one migrated template database per provider, made with the real
// `prisma migrate deploy`, and a second one with the seed loaded (by the real loader). Tests
// clone them (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL) so each gets a
// fresh, isolated database in milliseconds. See ./db.ts.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/prepare";
import { loadSeed } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read";
import { parseDatabaseUrl } from "@/lib/db/url";
import { adminQuery, withDatabase } from "./pg-admin";
import { TEST_POSTGRES_URL } from "./postgres";

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-test-"));
  const template = path.join(dir, "template.db");
  migrateDatabase(parseDatabaseUrl(`file:${template}`));
  project.provide("sqliteTemplate", template);
  const seeded = path.join(dir, "seeded.db");
  copyFileSync(template, seeded);
  await seedAt(`file:${seeded}`);
  project.provide("sqliteSeededTemplate", seeded);

  // A run-unique prefix: parallel runs on one server never see each other's databases.
  const prefix = `parley_test_${randomBytes(4).toString("hex")}`;
  project.provide("postgresPrefix", prefix);
  if (TEST_POSTGRES_URL) {
    await adminQuery(TEST_POSTGRES_URL, `CREATE DATABASE ${prefix}_template`);
    migrateDatabase(parseDatabaseUrl(withDatabase(TEST_POSTGRES_URL, `${prefix}_template`)));
    await adminQuery(TEST_POSTGRES_URL, `CREATE DATABASE ${prefix}_seeded TEMPLATE ${prefix}_template`);
    await seedAt(withDatabase(TEST_POSTGRES_URL, `${prefix}_seeded`));
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (TEST_POSTGRES_URL) {
      const { rows } = await adminQuery(TEST_POSTGRES_URL, `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
      // Templates last: a database cloned from one must go first.
      const isTemplate = (name: string) => name.endsWith("_template") || name.endsWith("_seeded");
      const names = rows.map((r) => String(r.datname)).sort((a, b) => Number(isTemplate(a)) - Number(isTemplate(b)));
      for (const name of names) await adminQuery(TEST_POSTGRES_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  };
}

async function seedAt(url: string) {
  const db = createPrismaClient(parseDatabaseUrl(url));
  try {
    await loadSeed(db, readSeedData());
    // SQLite: everything into the main file, which is what the tests copy.
    if (url.startsWith("file:")) await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await db.$disconnect();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    sqliteSeededTemplate: string;
    postgresPrefix: string;
  }
}
