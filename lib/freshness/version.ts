// The content version: one integer in the database that triggers move on every write to a
// content table (lib/freshness/triggers.ts). Readers compare it; writers lock it first.
import type { Db, Tx } from "@/lib/db/client";

export async function readContentVersion(db: Db | Tx): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ value: bigint | number }[]>(`SELECT "value" FROM "ContentVersion" WHERE "id" = 1`);
  if (!rows.length) throw new Error("the ContentVersion row is missing: run the migrations");
  return String(rows[0].value);
}

/**
 * The first statement of every write transaction of the write layer: it takes the version
 * row's lock (PostgreSQL) or the database's write lock (SQLite) before any other row, so
 * concurrent saves queue in one order instead of deadlocking on the version row at their
 * first write, and a SQLite transaction never has to upgrade a read lock mid-way.
 */
export async function lockContentVersion(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE "ContentVersion" SET "value" = "value" WHERE "id" = 1`);
}
