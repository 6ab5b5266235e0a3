// Backups: SQLite's online backup API (consistent while the app keeps serving), and
// pg_dump's custom format for PostgreSQL where the client tools are installed.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SetupError } from "./prepare";
import type { DatabaseTarget } from "./url";

export function defaultBackupPath(target: DatabaseTarget, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  return path.join("backups", `parley-${stamp}.${target.provider === "sqlite" ? "db" : "dump"}`);
}

export async function backupDatabase(target: DatabaseTarget, out: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  if (target.provider === "sqlite") {
    const db = new Database(target.file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(out);
    } finally {
      db.close();
    }
    return;
  }
  const dump = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--file", out, target.url], { encoding: "utf8" });
  if (dump.error && (dump.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new SetupError("pg_dump is not installed: install Debian's postgresql-client package (same major version as the server)");
  }
  if (dump.status !== 0) throw new SetupError(`pg_dump failed: ${dump.stderr.trim().split("\n").pop()}`);
}
