// Migrates one template SQLite database with the real `prisma migrate deploy` before the
// suite; tests copy it into their own temporary file (see ./db.ts).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-test-"));
  const template = path.join(dir, "template.db");
  migrateDatabase(parseDatabaseUrl(`file:${template}`));
  project.provide("sqliteTemplate", template);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
  }
}
