// The committed migrations must produce exactly the schema of the models, for both providers:
// `prisma migrate diff` from the migrations to the schema is empty.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itWithPostgres } from "./support/postgres";

function diffMigrationsToSchema(provider: "sqlite" | "postgres", databaseUrl: string) {
  const result = spawnSync(
    path.join("node_modules", ".bin", "prisma"),
    [
      "migrate", "diff",
      "--from-migrations", path.join("prisma", "migrations", provider),
      "--to-schema-datamodel", path.join("prisma", provider),
      "--script",
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  return { status: result.status, sql: result.stdout.replace(/^Loaded Prisma config.*$/m, "").trim(), stderr: result.stderr };
}

describe("migrations match the models", () => {
  it("SQLite", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "parley-drift-"));
    try {
      const { status, sql, stderr } = diffMigrationsToSchema("sqlite", `file:${path.join(dir, "cli.db")}`);
      expect(stderr).not.toMatch(/Error/);
      expect(status).toBe(0);
      expect(sql).toBe("-- This is an empty migration.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  itWithPostgres("PostgreSQL", (url) => {
    const { status, sql, stderr } = diffMigrationsToSchema("postgres", url);
    expect(stderr).not.toMatch(/Error/);
    expect(status).toBe(0);
    expect(sql).toBe("-- This is an empty migration.");
  });
});
