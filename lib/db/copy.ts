// Copies a whole Parley database to another (SQLite ↔ PostgreSQL) through the Prisma model
// API, so each provider's own types (dates, JSON, enums, big integers) are converted for us.
// One transaction per table, in dependency order; row counts and checksums verified at the end.
import { createHash } from "node:crypto";
import type { Db, Tx } from "./client";
import type { DatabaseTarget } from "./url";

type Row = Record<string, unknown>;
type Delegate = {
  findMany(args: { orderBy: Row | Row[]; skip?: number; take?: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  deleteMany(): Promise<unknown>;
  count(): Promise<number>;
};

/** Not copied: each database keeps its own content version, moved by its own triggers as rows arrive. */
export const NOT_COPIED = ["ContentVersion"] as const;

/** Every other model, parents before children. A test checks that no model is missing. */
export const COPY_ORDER = [
  { model: "user", orderBy: { id: "asc" } },
  { model: "session", orderBy: { id: "asc" } },
  { model: "account", orderBy: { id: "asc" } },
  { model: "verification", orderBy: { id: "asc" } },
  { model: "rateLimit", orderBy: { id: "asc" } },
  { model: "source", orderBy: { id: "asc" } },
  { model: "actor", orderBy: { id: "asc" } },
  { model: "negotiation", orderBy: { id: "asc" } },
  { model: "negotiationMap", orderBy: { negotiationId: "asc" } },
  { model: "editorScope", orderBy: [{ userId: "asc" }, { negotiationId: "asc" }] },
  { model: "negotiationReader", orderBy: [{ userId: "asc" }, { negotiationId: "asc" }] },
  { model: "readMark", orderBy: [{ userId: "asc" }, { scope: "asc" }] },
  { model: "feedToken", orderBy: { id: "asc" } },
  { model: "follow", orderBy: [{ userId: "asc" }, { targetType: "asc" }, { targetId: "asc" }] },
  { model: "issue", orderBy: { id: "asc" } },
  { model: "tag", orderBy: { id: "asc" } },
  { model: "draft", orderBy: { id: "asc" } },
  { model: "draftPoint", orderBy: { id: "asc" } },
  { model: "pointAlignment", orderBy: { id: "asc" } },
  { model: "position", orderBy: { id: "asc" } },
  { model: "pointReaction", orderBy: { id: "asc" } },
  { model: "territory", orderBy: { id: "asc" } },
  { model: "territoryClaim", orderBy: { id: "asc" } },
  { model: "card", orderBy: { id: "asc" } },
  { model: "briefing", orderBy: { id: "asc" } },
  { model: "briefingCard", orderBy: [{ briefingId: "asc" }, { cardId: "asc" }] },
  { model: "metric", orderBy: { id: "asc" } },
  { model: "metricValue", orderBy: { id: "asc" } },
  { model: "citation", orderBy: { id: "asc" } },
  { model: "revision", orderBy: { id: "asc" } },
] as const;

/** Prisma's implicit many-to-many tables, which have no model delegate. Columns A and B. */
export const JOIN_TABLES = ["_ActorToNegotiation", "_ActorToCard", "_CardToTag", "_CardToIssue", "_CardToTerritory", "_CardToDraftPoint", "_DraftPointToIssue"] as const;

const BATCH = 500;

const delegate = (db: Db | Tx, model: string) => (db as unknown as Record<string, Delegate>)[model];

export async function readAll(db: Db | Tx, model: string, orderBy: Row | readonly Row[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (let skip = 0; ; skip += BATCH) {
    const batch = await delegate(db, model).findMany({ orderBy: orderBy as Row | Row[], skip, take: BATCH });
    rows.push(...batch);
    if (batch.length < BATCH) return rows;
  }
}

export async function readJoin(db: Db | Tx, table: string): Promise<{ A: string; B: string }[]> {
  return db.$queryRawUnsafe(`SELECT "A", "B" FROM "${table}" ORDER BY "A", "B"`);
}

/**
 * A checksum of rows that is the same whichever provider they were read from. JSON columns
 * are compared with their keys sorted: PostgreSQL's jsonb does not keep key order.
 */
export function checksum(rows: unknown[]): string {
  const json = JSON.stringify(rows, (_key, value) => {
    if (typeof value === "bigint") return value.toString();
    if (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, (value as Record<string, unknown>)[k]]));
    }
    return value;
  });
  return createHash("sha256").update(json).digest("hex");
}

export type TableReport = { table: string; rows: number; checksum: string };

/** Row counts and checksums of every table, in copy order. */
export async function summarise(db: Db): Promise<TableReport[]> {
  const report: TableReport[] = [];
  for (const { model, orderBy } of COPY_ORDER) {
    const rows = await readAll(db, model, orderBy);
    report.push({ table: model, rows: rows.length, checksum: checksum(rows) });
  }
  for (const table of JOIN_TABLES) {
    const rows = await readJoin(db, table);
    report.push({ table, rows: rows.length, checksum: checksum(rows) });
  }
  return report;
}

export async function countRows(db: Db): Promise<number> {
  let total = 0;
  for (const { model } of COPY_ORDER) total += await delegate(db, model).count();
  return total;
}

/** Inserts rows of one model as read from another database. */
export async function insertRows(tx: Tx, model: string, rows: Row[]): Promise<void> {
  // A draft may revise another draft: insert without the link, then restore it.
  const isDraft = model === "draft";
  const data = isDraft ? rows.map((r) => ({ ...r, revisesId: null })) : rows;
  for (let i = 0; i < data.length; i += BATCH) await delegate(tx, model).createMany({ data: data.slice(i, i + BATCH) });
  if (isDraft) {
    for (const r of rows.filter((r) => r.revisesId)) {
      await tx.draft.update({ where: { id: String(r.id) }, data: { revisesId: String(r.revisesId), updatedAt: r.updatedAt as Date } });
    }
  }
}

/** Inserts rows of one of Prisma's many-to-many tables. */
export async function insertJoinRows(tx: Tx, provider: DatabaseTarget["provider"], table: string, rows: { A: string; B: string }[]): Promise<void> {
  const placeholder = provider === "postgresql" ? (n: number) => `$${n}` : () => "?";
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const values = batch.map((_, j) => `(${placeholder(2 * j + 1)}, ${placeholder(2 * j + 2)})`).join(", ");
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" ("A", "B") VALUES ${values}`, ...batch.flatMap((r) => [r.A, r.B]));
  }
}

export class CopyError extends Error {
  name = "CopyError";
}

export type CopyOptions = {
  /** Empty a non-empty target first instead of refusing. */
  replace?: boolean;
  onTable?: (table: string, rows: number) => void;
};

/**
 * Copies every row of `from` into `to` (both already migrated to the same schema) and
 * verifies the result. Refuses a non-empty target unless `replace` is set.
 */
export async function copyDatabase(
  from: Db,
  to: Db,
  toTarget: Pick<DatabaseTarget, "provider">,
  options: CopyOptions = {},
): Promise<TableReport[]> {
  const existing = await countRows(to);
  if (existing > 0 && !options.replace) {
    throw new CopyError(`the target database already holds ${existing} rows; pass --replace to empty it first`);
  }
  if (existing > 0) {
    await to.$transaction(async (tx) => {
      for (const table of JOIN_TABLES) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
      for (const { model } of [...COPY_ORDER].reverse()) await delegate(tx, model).deleteMany();
    });
  }

  for (const { model, orderBy } of COPY_ORDER) {
    const rows = await readAll(from, model, orderBy);
    await to.$transaction((tx) => insertRows(tx, model, rows), { timeout: 120_000 });
    options.onTable?.(model, rows.length);
  }
  for (const table of JOIN_TABLES) {
    const rows = await readJoin(from, table);
    await to.$transaction((tx) => insertJoinRows(tx, toTarget.provider, table, rows), { timeout: 120_000 });
    options.onTable?.(table, rows.length);
  }

  const [source, target] = await Promise.all([summarise(from), summarise(to)]);
  const mismatch = source.find((s, i) => s.rows !== target[i].rows || s.checksum !== target[i].checksum);
  if (mismatch) {
    const t = target.find((x) => x.table === mismatch.table)!;
    throw new CopyError(`verification failed for ${mismatch.table}: ${mismatch.rows} rows in the source, ${t.rows} in the target, or their contents differ`);
  }
  return target;
}
