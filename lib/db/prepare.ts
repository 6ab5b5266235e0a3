// Gets a database ready for the app: its location checked, migrations applied, WAL on.
// Used by the start command, `npm run db:migrate` and the tests (on temporary files).
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { redact, type DatabaseTarget } from "./url";

/** A setup problem the user can fix; printed as one line, without a stack trace. */
export class SetupError extends Error {
  name = "SetupError";
}

const PROJECT_DIR = process.cwd();

export function ensureSqliteLocation(file: string): void {
  const dir = path.dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new SetupError(`the data directory ${dir} cannot be created or is not writable (set DATABASE_URL to a writable location)`);
  }
}

/** Applies the committed migrations of the target's provider with `prisma migrate deploy`. */
export function migrateDatabase(target: DatabaseTarget): { applied: number } {
  if (target.provider === "sqlite") ensureSqliteLocation(target.file);
  const prisma = path.join(PROJECT_DIR, "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    cwd: PROJECT_DIR,
    env: { ...process.env, DATABASE_URL: target.url },
    encoding: "utf8",
  });
  const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
  if (result.status !== 0) {
    const reason = output
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("Loaded Prisma config") && !line.startsWith("Prisma config detected") && !line.startsWith("Prisma schema loaded") && !line.startsWith("Datasource"))
      .slice(-3)
      .join(" ");
    throw new SetupError(`migrating ${redact(target.url)} failed: ${reason || `prisma exited with ${result.status}`}`);
  }
  if (target.provider === "sqlite") {
    // WAL lets readers go on while an editor writes; the setting is stored in the file.
    const sqlite = new Database(target.file);
    try {
      sqlite.pragma("journal_mode = WAL");
    } finally {
      sqlite.close();
    }
  }
  const applied = /(\d+) migrations? (?:found|applied)/.exec(output);
  return { applied: output.includes("No pending migrations") ? 0 : Number(applied?.[1] ?? 0) };
}
