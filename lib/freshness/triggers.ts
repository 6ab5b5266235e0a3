// The SQL that keeps the content version moving: a trigger on every content table, so any
// write — an admin save, an import, the seed, db:copy, a script, a hand-typed UPDATE — moves
// the one integer readers compare, in the same transaction as the write itself.
// A new content table needs these triggers in its migration: print them with
//   npm run -s db:triggers -- <provider> <Table> [<Table> …]
// (tests/content-version.test.ts fails for a content table that lacks them).

export const PG_NOTIFY_CHANNEL = "parley_content";

const ident = (table: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
  return `"${table}"`;
};

/** SQLite: one row trigger per statement kind (SQLite has no statement triggers); writes are serialised anyway. */
export function sqliteTriggers(tables: readonly string[]): string {
  return tables
    .flatMap((table) =>
      (["INSERT", "UPDATE", "DELETE"] as const).map(
        (event) =>
          `CREATE TRIGGER ${ident(`${table}_content_${event.toLowerCase()}`)} AFTER ${event} ON ${ident(table)}\nBEGIN\n  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;\nEND;`,
      ),
    )
    .join("\n\n");
}

/**
 * PostgreSQL: one statement trigger per table; the function moves the value once per
 * transaction and notifies the other instances (delivered at commit). The version row is
 * locked until commit, so writers of content take turns; the write layer takes that lock as
 * its first statement (lib/freshness/version.ts), so its transactions always lock in the
 * same order and cannot deadlock on it. (Deferred constraint triggers would avoid the
 * ordering, but Prisma 6.19's schema engine crashes introspecting them.)
 */
export const PG_FUNCTION = `CREATE OR REPLACE FUNCTION parley_bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved BIGINT;
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1, "txid" = txid_current()
    WHERE "id" = 1 AND "txid" IS DISTINCT FROM txid_current()
    RETURNING "value" INTO moved;
  IF moved IS NOT NULL THEN
    PERFORM pg_notify('${PG_NOTIFY_CHANNEL}', moved::text);
  END IF;
  RETURN NULL;
END $$;`;

export function postgresTriggers(tables: readonly string[]): string {
  return tables
    .flatMap((table) => [
      `CREATE TRIGGER ${ident(`${table}_content_version`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${ident(table)}\n  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();`,
    ])
    .join("\n");
}
