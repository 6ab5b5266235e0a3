// Every editorial mutation, for every kind of record: validate (zod, then references and
// cross-record rules), write in one transaction together with its Revision, and refuse a save
// based on an outdated version with 409 and the current record. Callers check permissions first
// (lib/auth/viewer.ts authorize); nothing here trusts the browser.
import type { Db, Tx } from "@/lib/db/client";
import type { PublishStatus } from "@/lib/domain/enums";
import { AppError, fieldErrors } from "@/lib/http/errors";
import { delegate, ENTITIES, type EntityDef, type Row } from "./entities";
import type { EntityType } from "./entity-types";

export type Actor = { id: string };
export type Snapshot = Record<string, unknown>;
export type RecordView = { id: string; version: number; status?: PublishStatus; title: string; input: Snapshot };

export function entity(type: EntityType): EntityDef {
  return ENTITIES[type];
}

function invalid(fields: Record<string, string[]>, message = "Some fields need attention"): AppError {
  return new AppError(400, "invalid_request", message, fields);
}

function parseInput(d: EntityDef, input: unknown) {
  const parsed = d.schema.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  return parsed.data as Row;
}

/** Values of a possibly nested field path ("actorIds", "citations.sourceId"). */
function valuesAt(input: Row, field: string): string[] {
  const [head, rest] = field.split(".", 2);
  const value = input[head];
  if (rest) return Array.isArray(value) ? value.flatMap((v) => valuesAt(v as Row, rest)) : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

/** Every id the input names must exist (a dangling reference is a 400 on its field, not a 500). */
async function checkReferences(tx: Tx, d: EntityDef, input: Row, id: string | null) {
  const fields: Record<string, string[]> = {};
  for (const reference of d.references) {
    const wanted = [...new Set(valuesAt(input, reference.field))];
    if (wanted.length === 0) continue;
    const key = reference.key ?? "id";
    const found = await delegate(tx, reference.model).findMany({ where: { [key]: { in: wanted } }, select: { [key]: true } });
    const have = new Set(found.map((r) => r[key]));
    const missing = wanted.filter((w) => !have.has(w));
    if (missing.length) (fields[reference.field] ??= []).push(`Not found (deleted meanwhile?): ${missing.join(", ")}`);
  }
  const extra = await d.check?.(tx, input as never, id);
  for (const [field, message] of Object.entries(extra ?? {})) (fields[field] ??= []).push(message);
  if (Object.keys(fields).length) throw invalid(fields);
}

async function readRow(tx: Tx | Db, d: EntityDef, id: string): Promise<Row | null> {
  return delegate(tx as Tx, d.model).findUnique({ where: { [d.key]: id }, ...(d.include ? { include: d.include } : {}) });
}

function view(d: EntityDef, row: Row): RecordView {
  return {
    id: String(row[d.key]),
    version: row.version as number,
    ...(d.publishable ? { status: row.status as PublishStatus } : {}),
    title: d.title(row),
    input: d.toInput(row),
  };
}

/** The snapshot a revision keeps: the record as an editor's input, plus its publication status. */
function snapshotOf(d: EntityDef, row: Row): Snapshot {
  return { ...d.toInput(row), ...(d.publishable ? { status: row.status } : {}) };
}

async function writeRevision(tx: Tx, type: EntityType, row: Row, d: EntityDef, action: string, actor: Actor) {
  await tx.revision.create({
    data: { entityType: type, entityId: String(row[d.key]), version: row.version as number, action, snapshot: snapshotOf(d, row) as object, userId: actor.id },
  });
}

export async function getRecord(db: Db, type: EntityType, id: string): Promise<RecordView> {
  const d = entity(type);
  const row = await readRow(db, d, id);
  if (!row) throw new AppError(404, "not_found", `${type} ${id} not found`);
  return view(d, row);
}

/**
 * Records written before revisions existed (the seed, an import) get their current state kept
 * as a first "baseline" revision before the first change, so that change can be undone too.
 */
async function ensureBaseline(tx: Tx, type: EntityType, d: EntityDef, id: string) {
  if (await tx.revision.count({ where: { entityType: type, entityId: id } })) return;
  const row = await readRow(tx, d, id);
  if (row) await tx.revision.create({ data: { entityType: type, entityId: id, version: row.version as number, action: "baseline", snapshot: snapshotOf(d, row) as object } });
}

/**
 * Takes the record's version from `expected` to `expected + 1`, or explains why not: 404 when it
 * is gone, 409 with the current record ("theirs") when someone saved first.
 */
async function claimVersion(tx: Tx, d: EntityDef, id: string, expected: number, extra: Row = {}) {
  const { count } = await delegate(tx, d.model).updateMany({ where: { [d.key]: id, version: expected }, data: { ...extra, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await readRow(tx, d, id);
  if (!current) throw new AppError(404, "not_found", "This record no longer exists (someone deleted it)");
  throw new AppError(
    409,
    "conflict",
    `Someone saved this record after you opened it (you edited version ${expected}, it is now at version ${current.version as number})`,
    undefined,
    view(d, current),
  );
}

export async function createRecord(db: Db, type: EntityType, input: unknown, actor: Actor): Promise<RecordView> {
  const d = entity(type);
  const data = parseInput(d, input);
  return db.$transaction(async (tx) => {
    await checkReferences(tx, d, data, null);
    const created = await delegate(tx, d.model).create({ data: d.toData(data as never, "create"), select: { [d.key]: true } });
    const id = String(created[d.key]);
    await d.afterWrite?.(tx, id, data as never, "create");
    const row = (await readRow(tx, d, id))!;
    await writeRevision(tx, type, row, d, "create", actor);
    return view(d, row);
  });
}

export async function updateRecord(db: Db, type: EntityType, id: string, version: number, input: unknown, actor: Actor, action = "update"): Promise<RecordView> {
  const d = entity(type);
  const data = parseInput(d, input);
  return db.$transaction(async (tx) => {
    await ensureBaseline(tx, type, d, id);
    await claimVersion(tx, d, id, version);
    await checkReferences(tx, d, data, id);
    await delegate(tx, d.model).update({ where: { [d.key]: id }, data: d.toData(data as never, "update") });
    await d.afterWrite?.(tx, id, data as never, "update");
    const row = (await readRow(tx, d, id))!;
    await writeRevision(tx, type, row, d, action, actor);
    return view(d, row);
  });
}

export async function deleteRecord(db: Db, type: EntityType, id: string, version: number, actor: Actor): Promise<void> {
  const d = entity(type);
  await db.$transaction(async (tx) => {
    const row = await readRow(tx, d, id);
    if (!row) throw new AppError(404, "not_found", "This record no longer exists (someone deleted it)");
    if (row.version !== version) throw new AppError(409, "conflict", "Someone changed this record after you opened it: review it before deleting", undefined, view(d, row));
    const uses: string[] = [];
    for (const by of d.referencedBy) {
      const count = await (tx as unknown as Record<string, { count(a: object): Promise<number> }>)[by.model].count({ where: { [by.field]: id } });
      if (count) uses.push(`${count} ${by.label}`);
    }
    if (uses.length) throw new AppError(409, "in_use", `Still used by ${uses.join(", ")}: change or remove those first`);
    await writeRevision(tx, type, row, d, "delete", actor);
    await delegate(tx, d.model).delete({ where: { [d.key]: id } });
  });
}

/** Draft → in review → published, and back; only cards and briefings have a status. */
export async function setStatus(db: Db, type: EntityType, id: string, version: number, status: PublishStatus, actor: Actor): Promise<RecordView> {
  const d = entity(type);
  if (!d.publishable) throw new AppError(400, "invalid_request", `${type} are not published separately`);
  return db.$transaction(async (tx) => {
    await ensureBaseline(tx, type, d, id);
    await claimVersion(tx, d, id, version, { status, publishedAt: status === "published" ? new Date() : null });
    const row = (await readRow(tx, d, id))!;
    await writeRevision(tx, type, row, d, status === "published" ? "publish" : status === "in_review" ? "submit" : "unpublish", actor);
    return view(d, row);
  });
}

export async function listRevisions(db: Db, type: EntityType, id: string) {
  return db.revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { id: true, version: true, action: true, createdAt: true, snapshot: true, user: { select: { email: true, name: true } } },
  });
}

/** Brings back a revision's content as a new save (which writes its own revision). */
export async function restoreRevision(db: Db, type: EntityType, id: string, version: number, revisionId: string, actor: Actor): Promise<RecordView> {
  const revision = await db.revision.findUnique({ where: { id: revisionId } });
  if (!revision || revision.entityType !== type || revision.entityId !== id) throw new AppError(404, "not_found", "Revision not found for this record");
  const { status, ...input } = revision.snapshot as Snapshot;
  void status; // publication is a separate, deliberate step
  return updateRecord(db, type, id, version, input, actor, `restore v${revision.version}`);
}

export type ListQuery = { q?: string; page: number; pageSize: number };

export async function listRecords(db: Db, type: EntityType, query: ListQuery, containsText: (text: string) => object) {
  const d = entity(type);
  const where = query.q ? { OR: d.list.search.map((field) => ({ [field]: containsText(query.q!) })) } : {};
  const model = delegate(db as unknown as Tx, d.model);
  const [rows, total] = await Promise.all([
    model.findMany({ where, orderBy: d.list.orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize, ...(d.include ? { include: d.include } : {}) }),
    model.count({ where }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      id: String(row[d.key]),
      title: d.title(row),
      version: row.version as number,
      status: d.publishable ? (row.status as PublishStatus) : undefined,
      columns: Object.fromEntries(d.list.columns.map((c) => [c, row[c] instanceof Date ? (row[c] as Date).toISOString().slice(0, 10) : (row[c] as unknown)])),
    })),
  };
}
