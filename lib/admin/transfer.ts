// The whole editorial dataset as one JSON document (every content table, not accounts or
// history), and back: an import validates the document, reports what it would change, and
// when applied replaces the content in one transaction, so a failed import changes nothing.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { checksum, COPY_ORDER, insertJoinRows, insertRows, JOIN_TABLES, readAll, readJoin } from "@/lib/db/copy";
import type { DatabaseTarget } from "@/lib/db/url";
import { AppError } from "@/lib/http/errors";

/** Accounts, sessions and the revision history stay with the deployment. */
const NOT_CONTENT = new Set(["user", "session", "account", "verification", "rateLimit", "revision"]);
export const CONTENT_TABLES = COPY_ORDER.filter((t) => !NOT_CONTENT.has(t.model));
const DATE_FIELDS = /^(createdAt|updatedAt|publishedAt|eventDate|statedAt|date|controlAsOf)$/;

export const EXPORT_FORMAT = "parley-dataset";

const row = z.record(z.string(), z.unknown());
export const datasetSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `Not a Parley dataset (format must be "${EXPORT_FORMAT}")` }),
  version: z.literal(1),
  exportedAt: z.string(),
  tables: z.strictObject(Object.fromEntries(CONTENT_TABLES.map((t) => [t.model, z.array(row)]))),
  joins: z.strictObject(Object.fromEntries(JOIN_TABLES.map((t) => [t, z.array(z.strictObject({ A: z.string(), B: z.string() }))]))),
});
export type Dataset = z.infer<typeof datasetSchema>;

export async function exportDataset(db: Db): Promise<Dataset> {
  const tables: Record<string, unknown[]> = {};
  for (const { model, orderBy } of CONTENT_TABLES) tables[model] = await readAll(db, model, orderBy);
  const joins: Record<string, { A: string; B: string }[]> = {};
  for (const table of JOIN_TABLES) joins[table] = await readJoin(db, table);
  // Through JSON so dates become ISO strings, exactly as the file will hold them.
  return JSON.parse(JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), tables, joins }));
}

const keyOf = (model: string, r: Record<string, unknown>) => (model === "territory" ? String(r.code) : model === "briefingCard" ? `${r.briefingId}/${r.cardId}` : String(r.id));

export type ImportReport = { table: string; added: number; changed: number; removed: number; unchanged: number }[];

/** What importing `data` would change, table by table (nothing is written). */
export async function diffDataset(db: Db, data: Dataset): Promise<ImportReport> {
  const current = await exportDataset(db);
  const report: ImportReport = [];
  const compare = (table: string, before: Record<string, unknown>[], after: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) => {
    const old = new Map(before.map((r) => [key(r), checksum([r])]));
    const seen = new Set<string>();
    const entry = { table, added: 0, changed: 0, removed: 0, unchanged: 0 };
    for (const r of after) {
      const k = key(r);
      seen.add(k);
      const was = old.get(k);
      if (was === undefined) entry.added++;
      else if (was === checksum([r])) entry.unchanged++;
      else entry.changed++;
    }
    entry.removed = [...old.keys()].filter((k) => !seen.has(k)).length;
    report.push(entry);
  };
  for (const { model } of CONTENT_TABLES) compare(model, current.tables[model] as Record<string, unknown>[], data.tables[model] as Record<string, unknown>[], (r) => keyOf(model, r));
  for (const table of JOIN_TABLES) compare(table, current.joins[table], data.joins[table], (r) => `${r.A}/${r.B}`);
  return report;
}

function revive(rows: Record<string, unknown>[]) {
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, DATE_FIELDS.test(k) && typeof v === "string" ? new Date(v) : v])));
}

/** Parses an uploaded document; a wrong shape is a 400 naming where. */
export function parseDataset(input: unknown): Dataset {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues.slice(0, 20)) (fields[issue.path.join(".") || "(root)"] ??= []).push(issue.message);
    throw new AppError(400, "invalid_request", "This file is not a valid Parley dataset", fields);
  }
  return parsed.data;
}

/** Replaces all content with the dataset's, in one transaction. */
export async function importDataset(db: Db, provider: DatabaseTarget["provider"], data: Dataset): Promise<ImportReport> {
  const report = await diffDataset(db, data);
  try {
    await db.$transaction(
      async (tx) => {
        for (const table of JOIN_TABLES) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
        for (const { model } of [...CONTENT_TABLES].reverse()) await (tx as unknown as Record<string, { deleteMany(): Promise<unknown> }>)[model].deleteMany();
        for (const { model } of CONTENT_TABLES) await insertRows(tx, model, revive(data.tables[model] as Record<string, unknown>[]));
        for (const table of JOIN_TABLES) await insertJoinRows(tx, provider, table, data.joins[table]);
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message.split("\n").filter(Boolean).slice(-1)[0] : String(error);
    throw new AppError(400, "import_failed", `The import was refused by the database and nothing was changed: ${message}`);
  }
  return report;
}
