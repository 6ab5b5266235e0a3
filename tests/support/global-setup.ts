// Before the suite: one migrated template database per provider, made with the real
// `prisma migrate deploy`. Tests clone it (a file copy on SQLite, CREATE DATABASE … TEMPLATE
// on PostgreSQL) so each gets a fresh, isolated database in milliseconds. See ./db.ts.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";
import { adminQuery, withDatabase } from "./pg-admin";
import { TEST_POSTGRES_URL } from "./postgres";

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-test-"));
  const template = path.join(dir, "template.db");
  migrateDatabase(parseDatabaseUrl(`file:${template}`));
  project.provide("sqliteTemplate", template);

  // A run-unique prefix: parallel runs on one server never see each other's databases.
  const prefix = `parley_test_${randomBytes(4).toString("hex")}`;
  project.provide("postgresPrefix", prefix);
  if (TEST_POSTGRES_URL) {
    await adminQuery(TEST_POSTGRES_URL, `CREATE DATABASE ${prefix}_template`);
    migrateDatabase(parseDatabaseUrl(withDatabase(TEST_POSTGRES_URL, `${prefix}_template`)));
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (TEST_POSTGRES_URL) {
      const { rows } = await adminQuery(TEST_POSTGRES_URL, `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
      const names = rows.map((r) => String(r.datname)).sort((a, b) => (a.endsWith("_template") ? 1 : b.endsWith("_template") ? -1 : 0));
      for (const name of names) await adminQuery(TEST_POSTGRES_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresPrefix: string;
  }
}
