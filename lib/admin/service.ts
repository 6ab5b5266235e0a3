// The write layer: every editorial change to every kind of record goes through here — the
// admin API, restores, publication, the seed and the dataset import. Each change validates
// (the kind's zod schema, then references and the kind's database rules), writes in one
// transaction together with its Revision (the audit log), and refuses a change based on an
// outdated version with 409 and what a three-way merge needs. Callers check permissions first
// (lib/auth/viewer.ts authorize); nothing here trusts the browser.
import { changesReach } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import type { PublishStatus } from "@/lib/domain/enums";
import { lockContentVersion } from "@/lib/freshness/version";
import { AppError, fieldErrors } from "@/lib/http/errors";
import { kindOf, type Kind } from "@/lib/records";
import type { Row } from "@/lib/records/fields";

/** Who makes the change: a signed-in user, or null for the system (seed, shell tools). */
/** Who makes a change: an account (with the negotiations it is limited to, if any), or null for the seed and the shell. */
export type Actor = { id: string; negotiations?: string[] | null } | null;
export type Snapshot = Record<string, unknown>;
export type RecordView = { id: string; version: number; status?: PublishStatus; title: string; input: Snapshot };
/** A 409's detail: the record as saved now, and the revision both editors started from (when kept). */
export type Conflict = { theirs: RecordView; base: Snapshot | null };

type Delegate = {
  findUnique(args: object): Promise<Row | null>;
  findMany(args: object): Promise<Row[]>;
  create(args: object): Promise<Row>;
  update(args: object): Promise<Row>;
  updateMany(args: object): Promise<{ count: number }>;
  deleteMany(args: object): Promise<{ count: number }>;
  count(args?: object): Promise<number>;
};
const delegate = (tx: Tx | Db, model: string) => (tx as unknown as Record<string, Delegate>)[model];

const TX_OPTIONS = { timeout: 30_000, maxWait: 15_000 };

function invalid(fields: Record<string, string[]>, message = "Some fields need attention"): AppError {
  return new AppError(400, "invalid_request", message, fields);
}

export function parseInput(kind: Kind, input: unknown): Row {
  const parsed = kind.schema.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  return parsed.data;
}

/** Every id the input names must exist; then the fields' and the kind's own database rules. */
async function checkInput(tx: Tx, kind: Kind, input: Row, id: string | null, referencesChecked = false) {
  const fields: Record<string, string[]> = {};
  for (const [name, field] of Object.entries(kind.fields)) {
    const value = input[name];
    if (field.references && !referencesChecked) {
      const { model, key, of } = field.references;
      const wanted = [...new Set(of(value))];
      if (wanted.length) {
        const found = new Set((await delegate(tx, model).findMany({ where: { [key]: { in: wanted } }, select: { [key]: true } })).map((r) => r[key]));
        const missing = wanted.filter((w) => !found.has(w));
        if (missing.length) (fields[name] ??= []).push(`Not found (deleted meanwhile?): ${missing.join(", ")}`);
      }
    }
    const problem = field.check && !fields[name] ? await field.check(tx, value as never, id) : null;
    if (problem) (fields[name] ??= []).push(problem);
  }
  for (const [name, message] of Object.entries((await kind.check?.(tx, input, id)) ?? {})) (fields[name] ??= []).push(message);
  if (Object.keys(fields).length) throw invalid(fields);
}

/**
 * An editor limited to some negotiations changes only records of those (a record that moves
 * between negotiations needs both). Shared kinds (actors, sources) have no scope.
 */
export async function assertScope(tx: Tx, kind: Kind, records: Row[], actor: Actor): Promise<void> {
  if (!actor?.negotiations || !kind.scope) return;
  if (kind.type === "negotiations" && records.some((r) => !r.id)) throw new AppError(403, "forbidden", "Only editors who may edit every negotiation can add one");
  for (const record of records) {
    const outside = (await kind.scope(tx, record)).filter((id) => !changesReach(actor.negotiations, id));
    if (outside.length) throw new AppError(403, "forbidden", `You edit only some negotiations, and this ${kind.label.one.toLowerCase()} belongs to another (${outside.join(", ")})`);
  }
}

async function readRow(tx: Tx | Db, kind: Kind, id: string): Promise<Row | null> {
  return delegate(tx, kind.model).findUnique({ where: { [kind.key]: id }, include: kind.include });
}

function view(kind: Kind, row: Row): RecordView {
  return {
    id: String(row[kind.key]),
    version: row.version as number,
    ...(kind.publishable ? { status: row.status as PublishStatus } : {}),
    title: kind.title(row),
    input: kind.toInput(row),
  };
}

/** What a revision keeps: the record as an editor's input, plus its publication status. */
function snapshotOf(kind: Kind, row: Row): Snapshot {
  return { ...kind.toInput(row), ...(kind.publishable ? { status: row.status } : {}) };
}

export async function writeRevision(tx: Tx, kind: Kind, row: Row, action: string, actor: Actor, minor = false) {
  await tx.revision.create({
    data: {
      entityType: kind.type,
      entityId: String(row[kind.key]),
      version: row.version as number,
      action,
      title: kind.title(row),
      snapshot: snapshotOf(kind, row) as object,
      userId: actor?.id ?? null,
      minor,
    },
  });
}

export async function getRecord(db: Db, type: string, id: string): Promise<RecordView> {
  const kind = kindOf(type);
  const row = await readRow(db, kind, id);
  if (!row) throw new AppError(404, "not_found", `${kind.label.one} ${id} not found`);
  return view(kind, row);
}

/**
 * Records written before revisions existed (the seed, an import) get their current state kept
 * as a first "baseline" revision before the first change, so that change can be undone and
 * merged against too.
 */
async function ensureBaseline(tx: Tx, kind: Kind, id: string) {
  if (await tx.revision.count({ where: { entityType: kind.type, entityId: id } })) return;
  const row = await readRow(tx, kind, id);
  if (row) await writeRevision(tx, kind, row, "baseline", null);
}

async function conflict(tx: Tx, kind: Kind, id: string, expected: number, current: Row): Promise<AppError> {
  const base = await tx.revision.findFirst({ where: { entityType: kind.type, entityId: id, version: expected }, orderBy: { createdAt: "desc" }, select: { snapshot: true } });
  const { status, ...baseInput } = (base?.snapshot ?? {}) as Snapshot;
  void status; // publication is not merged: it is its own step
  const detail: Conflict = { theirs: view(kind, current), base: base ? baseInput : null };
  return new AppError(409, "conflict", `Someone saved this record after you opened it (you edited version ${expected}, it is now at version ${current.version as number})`, undefined, detail);
}

/**
 * Takes the record's version from `expected` to `expected + 1` in one conditional statement,
 * or explains why not: 404 when it is gone, 409 with theirs and the base when someone saved first.
 */
async function claimVersion(tx: Tx, kind: Kind, id: string, expected: number, extra: Row = {}) {
  const { count } = await delegate(tx, kind.model).updateMany({ where: { [kind.key]: id, version: expected }, data: { ...extra, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await readRow(tx, kind, id);
  if (!current) throw new AppError(404, "not_found", "This record no longer exists (someone deleted it)");
  throw await conflict(tx, kind, id, expected, current);
}

export type CreateOptions = {
  /** A stable id (the seed's, an import's); otherwise the database makes one. */
  id?: string;
  /** When it was created, if not now (the seed keeps its negotiations in file order this way). */
  createdAt?: Date;
  status?: PublishStatus;
  publishedAt?: Date | null;
  /** Whether the creation is recorded as a revision (the seed's records get a baseline later instead). */
  revision?: string | false;
  /** The ids the input names were already checked (the seed checks its files as a whole first). */
  referencesChecked?: boolean;
};

/** Creates one record inside the caller's transaction (the seed and the import create many in one). */
export async function createInTransaction(tx: Tx, kind: Kind, input: unknown, actor: Actor, options: CreateOptions = {}): Promise<string> {
  const data = parseInput(kind, input);
  await assertScope(tx, kind, [data], actor);
  await checkInput(tx, kind, data, null, options.referencesChecked);
  const supplied = (await kind.onCreate?.(tx, data)) ?? {};
  const publication = kind.publishable && options.status ? { status: options.status, publishedAt: options.publishedAt ?? (options.status === "published" ? new Date() : null) } : {};
  const created = await delegate(tx, kind.model).create({
    data: { ...kind.toData(data, "create"), ...supplied, ...publication, ...(options.id ? { [kind.key]: options.id } : {}), ...(options.createdAt ? { createdAt: options.createdAt } : {}) },
    select: { [kind.key]: true },
  });
  const id = String(created[kind.key]);
  for (const [name, field] of Object.entries(kind.fields)) await field.after?.(tx, id, data[name] as never, "create");
  if (options.revision !== false) await writeRevision(tx, kind, (await readRow(tx, kind, id))!, options.revision ?? "create", actor);
  return id;
}

export async function createRecord(db: Db, type: string, input: unknown, actor: Actor): Promise<RecordView> {
  const kind = kindOf(type);
  parseInput(kind, input); // a 400 before the transaction starts
  return db.$transaction(async (tx) => {
    await lockContentVersion(tx);
    const id = await createInTransaction(tx, kind, input, actor);
    return view(kind, (await readRow(tx, kind, id))!);
  }, TX_OPTIONS);
}

/** `minor`: the editor marks the change minor (a typo fix), left out of readers' updates and digests. */
export async function updateRecord(db: Db, type: string, id: string, version: number, input: unknown, actor: Actor, action = "update", minor = false): Promise<RecordView> {
  const kind = kindOf(type);
  const data = parseInput(kind, input);
  return db.$transaction(async (tx) => {
    await lockContentVersion(tx);
    const before = await readRow(tx, kind, id);
    if (before) await assertScope(tx, kind, [before, { ...data, id }], actor);
    await ensureBaseline(tx, kind, id);
    await claimVersion(tx, kind, id, version);
    await checkInput(tx, kind, data, id);
    await delegate(tx, kind.model).update({ where: { [kind.key]: id }, data: kind.toData(data, "update") });
    for (const [name, field] of Object.entries(kind.fields)) await field.after?.(tx, id, data[name] as never, "update");
    const row = (await readRow(tx, kind, id))!;
    await writeRevision(tx, kind, row, action, actor, minor);
    return view(kind, row);
  }, TX_OPTIONS);
}

export async function deleteRecord(db: Db, type: string, id: string, version: number, actor: Actor): Promise<void> {
  const kind = kindOf(type);
  await db.$transaction(async (tx) => {
    await lockContentVersion(tx);
    const row = await readRow(tx, kind, id);
    if (!row) throw new AppError(404, "not_found", "This record no longer exists (someone deleted it)");
    await assertScope(tx, kind, [row], actor);
    if (row.version !== version) throw await conflict(tx, kind, id, version, row);
    const uses: string[] = [];
    for (const by of kind.referencedBy ?? []) {
      const count = await delegate(tx, by.model).count({ where: { [by.field]: id } });
      if (count) uses.push(`${count} ${by.label}`);
    }
    if (uses.length) throw new AppError(409, "in_use", `Still used by ${uses.join(", ")}: change or remove those first`);
    await writeRevision(tx, kind, row, "delete", actor);
    // Conditional on the version in the same statement: a save that landed after the read
    // above makes this delete a 409 instead of silently removing what was just saved.
    const { count } = await delegate(tx, kind.model).deleteMany({ where: { [kind.key]: id, version } });
    if (count === 1) return;
    const current = await readRow(tx, kind, id);
    if (!current) throw new AppError(404, "not_found", "This record no longer exists (someone deleted it)");
    throw new AppError(409, "conflict", "Someone changed this record while you were deleting it: review it before deleting", undefined, { theirs: view(kind, current), base: null } satisfies Conflict);
  }, TX_OPTIONS);
}

const STATUS_ACTIONS: Record<PublishStatus, string> = { published: "publish", in_review: "submit", draft: "unpublish" };

/**
 * Draft → in review → published, and back. `withParts` also moves the records that travel
 * with this one (a draft's points and alignments), each with its own revision.
 */
export async function setStatus(db: Db, type: string, id: string, version: number, status: PublishStatus, actor: Actor, options: { withParts?: boolean } = {}): Promise<RecordView & { parts?: number }> {
  const kind = kindOf(type);
  if (!kind.publishable) throw new AppError(400, "invalid_request", `${kind.label.many} are not published separately`);
  const publication = { status, publishedAt: status === "published" ? new Date() : null };
  return db.$transaction(async (tx) => {
    await lockContentVersion(tx);
    const current = await readRow(tx, kind, id);
    if (current) await assertScope(tx, kind, [current], actor);
    await ensureBaseline(tx, kind, id);
    await claimVersion(tx, kind, id, version, publication);
    let moved = 0;
    if (options.withParts && kind.parts) {
      for (const part of await kind.parts(tx, id)) {
        const partKind = kindOf(part.type);
        for (const partId of part.ids) {
          const before = await delegate(tx, partKind.model).findUnique({ where: { [partKind.key]: partId }, select: { status: true } });
          if (!before || before.status === status) continue;
          await ensureBaseline(tx, partKind, partId);
          await delegate(tx, partKind.model).update({ where: { [partKind.key]: partId }, data: { ...publication, version: { increment: 1 } } });
          await writeRevision(tx, partKind, (await readRow(tx, partKind, partId))!, `${STATUS_ACTIONS[status]} (with ${kind.label.one.toLowerCase()})`, actor);
          moved++;
        }
      }
    }
    const row = (await readRow(tx, kind, id))!;
    await writeRevision(tx, kind, row, STATUS_ACTIONS[status], actor);
    return { ...view(kind, row), ...(options.withParts ? { parts: moved } : {}) };
  }, TX_OPTIONS);
}

export async function listRevisions(db: Db, type: string, id: string) {
  return db.revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { id: true, version: true, action: true, title: true, createdAt: true, snapshot: true, minor: true, user: { select: { email: true, name: true } } },
  });
}

/**
 * Marks a saved change minor (or not) after the fact: a typo fix an editor forgot to mark. Only
 * a change of content can be minor; the editor must be allowed to change the record.
 */
export async function setRevisionMinor(db: Db, type: string, id: string, revisionId: string, minor: boolean, actor: Actor): Promise<{ id: string; minor: boolean }> {
  const kind = kindOf(type);
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: revisionId }, select: { entityType: true, entityId: true, action: true, snapshot: true } });
    if (!revision || revision.entityType !== type || revision.entityId !== id) throw new AppError(404, "not_found", "Revision not found for this record");
    if (!/^(update|restore)/.test(revision.action)) throw new AppError(400, "invalid_request", "Only a saved change can be marked minor, not a creation, a publication step or a deletion", { minor: ["Not a saved change"] });
    await assertScope(tx, kind, [(await readRow(tx, kind, id)) ?? (revision.snapshot as Row)], actor);
    await tx.revision.update({ where: { id: revisionId }, data: { minor } });
    return { id: revisionId, minor };
  }, TX_OPTIONS);
}

/** Brings back a revision's content as a new save (which writes its own revision). */
export async function restoreRevision(db: Db, type: string, id: string, version: number, revisionId: string, actor: Actor): Promise<RecordView> {
  const revision = await db.revision.findUnique({ where: { id: revisionId } });
  if (!revision || revision.entityType !== type || revision.entityId !== id) throw new AppError(404, "not_found", "Revision not found for this record");
  const { status, ...input } = revision.snapshot as Snapshot;
  void status; // publication is a separate, deliberate step
  return updateRecord(db, type, id, version, input, actor, `restore v${revision.version}`);
}

export type ListQuery = { q?: string; page: number; pageSize: number };

export async function listRecords(db: Db, type: string, query: ListQuery, containsText: (text: string) => object) {
  const kind = kindOf(type);
  const where = query.q ? { OR: kind.list.search.map((field) => ({ [field]: containsText(query.q!) })) } : {};
  const model = delegate(db, kind.model);
  const [rows, total] = await Promise.all([
    model.findMany({ where, orderBy: kind.list.orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize, include: kind.include }),
    model.count({ where }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      id: String(row[kind.key]),
      title: kind.title(row),
      version: row.version as number,
      status: kind.publishable ? (row.status as PublishStatus) : undefined,
      columns: Object.fromEntries(kind.list.columns.map((c) => [c, row[c] instanceof Date ? (row[c] as Date).toISOString().slice(0, 10) : (row[c] as unknown)])),
    })),
  };
}
