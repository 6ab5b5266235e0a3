// The whole editorial dataset as one JSON document (every content table, not accounts or
// history), and back: an import validates the document, reports what it would change, and
// when applied replaces the content in one transaction, so a failed import changes nothing.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { checksum, COPY_ORDER, insertJoinRows, insertRows, JOIN_TABLES, readAll, readJoin } from "@/lib/db/copy";
import type { DatabaseTarget } from "@/lib/db/url";
import { lockContentVersion } from "@/lib/freshness/version";
import { AppError } from "@/lib/http/errors";
import { KIND_LIST, type Kind } from "@/lib/records";
import type { Row } from "@/lib/records/fields";
import { writeRevision, type Actor } from "./service";

/** Accounts, sessions and the revision history stay with the deployment. */
const NOT_CONTENT = new Set(["user", "session", "account", "verification", "rateLimit", "revision"]);
export const CONTENT_TABLES = COPY_ORDER.filter((t) => !NOT_CONTENT.has(t.model));
const DATE_FIELDS = /^(createdAt|updatedAt|publishedAt|eventDate|statedAt|date|controlAsOf|uploadedAt)$/;

export const EXPORT_FORMAT = "parley-dataset";

const row = z.record(z.string(), z.unknown());
export const datasetSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `Not a Parley dataset (format must be "${EXPORT_FORMAT}")` }),
  version: z.literal(1),
  exportedAt: z.string(),
  // Exports made before maps were stored per negotiation have no negotiationMap table: none.
  tables: z.strictObject(Object.fromEntries(CONTENT_TABLES.map((t) => [t.model, t.model === "negotiationMap" ? z.array(row).default([]) : z.array(row)]))),
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

type Stored = { row: Row; input: Row; snapshot: string };

/** Every record of every kind as an editor's input (what validation and the audit compare). */
async function readRecords(tx: Tx): Promise<Map<Kind, Map<string, Stored>>> {
  const all = new Map<Kind, Map<string, Stored>>();
  for (const kind of KIND_LIST) {
    const rows = await (tx as unknown as Record<string, { findMany(a: object): Promise<Row[]> }>)[kind.model].findMany({ include: kind.include });
    all.set(kind, new Map(rows.map((row) => {
      const input = kind.toInput(row);
      return [String(row[kind.key]), { row, input, snapshot: checksum([{ input, status: row.status ?? null }]) }];
    })));
  }
  return all;
}

/**
 * Every imported record must be one its own form would save: the kind's schema and its
 * database rules, exactly as for an editor's save. Problems are named by kind, id and field.
 */
async function validateRecords(tx: Tx, records: Map<Kind, Map<string, Stored>>) {
  const problems: Record<string, string[]> = {};
  const add = (key: string, message: string) => Object.keys(problems).length < 20 && (problems[key] ??= []).push(message);
  for (const [kind, byId] of records) {
    for (const [id, { input }] of byId) {
      const parsed = kind.schema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) add(`${kind.type}/${id}.${issue.path.join(".") || "(record)"}`, issue.message);
        continue;
      }
      for (const [field, message] of Object.entries((await kind.check?.(tx, parsed.data, id)) ?? {})) add(`${kind.type}/${id}.${field}`, message);
    }
  }
  if (Object.keys(problems).length) throw new AppError(400, "invalid_request", "Some records of this file would not pass their own forms; nothing was changed", problems);
}

/**
 * Replaces all content with the dataset's, in one transaction, and records it in the audit
 * log: one entry for the import with its counts, and one per record it added, changed or removed.
 */
export async function importDataset(db: Db, provider: DatabaseTarget["provider"], data: Dataset, actor: Actor = null): Promise<ImportReport> {
  const report = await diffDataset(db, data);
  try {
    await db.$transaction(
      async (tx) => {
        await lockContentVersion(tx);
        const before = await readRecords(tx);
        for (const table of JOIN_TABLES) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
        for (const { model } of [...CONTENT_TABLES].reverse()) await (tx as unknown as Record<string, { deleteMany(): Promise<unknown> }>)[model].deleteMany();
        for (const { model } of CONTENT_TABLES) await insertRows(tx, model, revive(data.tables[model] as Record<string, unknown>[]));
        for (const table of JOIN_TABLES) await insertJoinRows(tx, provider, table, data.joins[table]);
        const after = await readRecords(tx);
        await validateRecords(tx, after);

        const counts = { added: 0, changed: 0, removed: 0 };
        for (const kind of KIND_LIST) {
          const was = before.get(kind)!;
          const now = after.get(kind)!;
          for (const [id, stored] of now) {
            const old = was.get(id);
            if (old && old.snapshot === stored.snapshot) continue;
            await writeRevision(tx, kind, stored.row, old ? "import (changed)" : "import (added)", actor);
            counts[old ? "changed" : "added"]++;
          }
          for (const [id, old] of was) {
            if (now.has(id)) continue;
            await writeRevision(tx, kind, old.row, "import (removed)", actor);
            counts.removed++;
          }
        }
        await tx.revision.create({
          data: { entityType: "dataset", entityId: "import", version: 0, action: "import", title: `Dataset exported ${data.exportedAt.slice(0, 10)}: ${counts.added} added, ${counts.changed} changed, ${counts.removed} removed`, snapshot: { ...counts, tables: report } as object, userId: actor?.id ?? null },
        });
      },
      { timeout: 300_000 },
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message.split("\n").filter(Boolean).slice(-1)[0] : String(error);
    throw new AppError(400, "import_failed", `The import was refused by the database and nothing was changed: ${message}`);
  }
  return report;
}
