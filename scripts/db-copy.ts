// npm run db:copy -- --from <url> --to <url> [--replace]
// Moves a deployment between SQLite and PostgreSQL (either way) without loss.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { copyDatabase, CopyError } from "@/lib/db/copy";
import { migrateDatabase, SetupError } from "@/lib/db/prepare";
import { parseDatabaseUrl, redact } from "@/lib/db/url";
import { runScript } from "./lib/cli";

await runScript(async () => {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, replace: { type: "boolean", default: false } } });
  if (!values.from || !values.to) throw new SetupError("usage: npm run db:copy -- --from <database url> --to <database url> [--replace]");
  const from = parseDatabaseUrl(values.from);
  const to = parseDatabaseUrl(values.to);
  if (from.url === to.url) throw new SetupError("--from and --to name the same database");

  // Both sides on the current schema, so every table and column exists on each.
  migrateDatabase(from);
  migrateDatabase(to);
  const source = createPrismaClient(from);
  const target = createPrismaClient(to);
  try {
    console.log(`Copying ${redact(from.url)} → ${redact(to.url)}`);
    const report = await copyDatabase(source, target, to, {
      replace: values.replace,
      onTable: (table, rows) => console.log(`  ${table}: ${rows} rows`),
    });
    const total = report.reduce((n, r) => n + r.rows, 0);
    console.log(`Done: ${total} rows in ${report.length} tables, counts and checksums verified`);
  } catch (error) {
    if (error instanceof CopyError) throw new SetupError(error.message);
    throw error;
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
});
