import "server-only";
// "What changed since I last looked", computed from the revisions every write already records
// (no second bookkeeping that could drift): each record with a revision readers could see
// after `since` — published at that revision, or of a kind that is not reviewed — is one item,
// showing what it was at `since` (its last revision readers could see then) and what it is now.
// Records readers cannot see today (unpublished since, deleted, in a negotiation hidden from
// this reader or not published) are left out, and so are changes editors marked minor.
//
// A handful of queries whatever the number of changes: the recent revisions, then per kind the
// current records and the revisions before `since`; the negotiations records belong to are
// looked up once per parent.
import { db } from "@/lib/db";
import { inBatches } from "@/lib/db/batches";
import { KINDS, type Kind, type KindName } from "@/lib/records";
import { negotiationPath } from "@/lib/negotiations/paths";
import { readableNegotiations } from "@/lib/negotiations/queries";
import { subjectsOf, type FollowTarget, type Subjects } from "./subjects";
import { isSeen, readMarksOf } from "./read-marks";

type Snapshot = Record<string, unknown>;
/** `prose`: free text, shown as a word diff; otherwise a value (a stance, a date), shown as "was → is". */
export type FieldChange = { field: string; label: string; before: string | null; after: string | null; prose?: boolean };

const PROSE = new Set(["text", "textarea", "markdown"]);
/** What a new draft brought with it: its points and alignments, folded into the draft's item. */
export type DraftParts = { points: number; relations: Record<string, number>; flagged: { title: string; note: string }[] };
export type ChangeItem = {
  type: KindName;
  id: string;
  title: string;
  /** New to readers since `since`, or changed. */
  change: "new" | "changed";
  at: Date;
  href: string | null;
  negotiation: { slug: string; title: string } | null;
  fields: FieldChange[];
  /** Unchanged fields that say what the change means (a stance's quote and summary). */
  context: FieldChange[];
  /** The records it concerns, for follows and for the markers on the matrix, map and comparison. */
  subjects: Subjects;
  parts?: DraftParts;
};
/** `total`: how many changes of this kind there are when `items` is one page of them. */
export type ChangeGroup = { type: KindName; label: string; items: ChangeItem[]; total?: number };

/** The order groups are shown in: what moves a negotiation first. */
const IMPORTANCE: KindName[] = ["positions", "drafts", "draft-points", "alignments", "claims", "territories", "cards", "briefings", "point-reactions", "metric-values", "metrics", "issues", "actors", "sources", "negotiations"];

/** Shown with a change even when they did not change, so the change can be read on its own. */
const CONTEXT: Partial<Record<KindName, string[]>> = {
  positions: ["stance", "quoteEnglish", "summary"],
  "point-reactions": ["reaction", "quote"],
  claims: ["claim", "summary"],
};

/** Publication steps: they change who can see a record, not what it says. */
const STATUS_ONLY = /^(publish|submit|unpublish)/;

const visibleToReaders = (kind: Kind, snapshot: Snapshot) => !kind.publishable || snapshot.status === "published";

/** A field's value as one line of text, for "was → is" (a choice by its label). */
function asText(kind: Kind, field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  const control = kind.fields[field]?.control;
  if (control?.kind === "select" && control.labels && typeof value === "string") return control.labels[value] ?? value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ") : null;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function fieldChanges(kind: Kind, before: Snapshot | null, after: Snapshot): FieldChange[] {
  if (!before) return [];
  return Object.entries(kind.fields)
    .filter(([name]) => name !== "citations" && JSON.stringify(before[name] ?? null) !== JSON.stringify(after[name] ?? null))
    .map(([name, def]) => ({ field: name, label: def.label, before: asText(kind, name, before[name]), after: asText(kind, name, after[name]), ...(PROSE.has(def.control.kind) ? { prose: true } : {}) }))
    .concat(JSON.stringify(before.citations ?? []) !== JSON.stringify(after.citations ?? []) ? [{ field: "citations", label: "Sources", before: null, after: "changed" }] : []);
}

function contextOf(kind: Kind, snapshot: Snapshot, changed: FieldChange[]): FieldChange[] {
  return (CONTEXT[kind.type as KindName] ?? [])
    .filter((name) => !changed.some((c) => c.field === name) && asText(kind, name, snapshot[name]) !== null)
    .map((name) => ({ field: name, label: kind.fields[name].label, before: null, after: asText(kind, name, snapshot[name]) }));
}

/**
 * A client whose reads are remembered for one listing: the negotiation a record belongs to is
 * found through its parent (lib/records/scope.ts), and a thousand positions share a few issues.
 */
function rememberingReads<T extends object>(client: T): T {
  const seen = new Map<string, unknown>();
  const delegates = new Map<PropertyKey, unknown>();
  return new Proxy(client, {
    get(target, model) {
      const delegate = (target as Record<PropertyKey, unknown>)[model];
      if (!delegate || typeof delegate !== "object") return delegate;
      if (!delegates.has(model))
        delegates.set(
          model,
          new Proxy(delegate, {
            get(d, method) {
              const fn = (d as Record<PropertyKey, unknown>)[method];
              if (typeof fn !== "function" || !String(method).startsWith("find")) return fn;
              return (args: unknown) => {
                const key = `${String(model)}.${String(method)} ${JSON.stringify(args)}`;
                if (!seen.has(key)) seen.set(key, fn.call(d, args));
                return seen.get(key);
              };
            },
          }),
        );
      return delegates.get(model);
    },
  });
}

type Delegate = { findMany(a: object): Promise<Snapshot[]> };
const delegateOf = (kind: Kind) => (db as unknown as Record<string, Delegate>)[kind.model];

export type ChangeQuery = {
  since: Date;
  hidden: readonly string[];
  negotiationId?: string | null;
  /** Leave out what this reader opened after it changed (their read marks): "never repeated". */
  readerId?: string | null;
  /** Only changes that concern one of these (a reader's follows). */
  follows?: readonly FollowTarget[] | null;
  /** Until when (the updates page marks read up to the moment it was made). */
  until?: Date | null;
  /** Fold a new draft's points and alignments into its item (off for the comparison's markers, which mark each row). */
  fold?: boolean;
};

/** Every change readers could see after `since`, grouped by kind in order of importance, newest first within a kind. */
export async function listChanges({ since, hidden, negotiationId = null, readerId = null, follows = null, until = null, fold = true }: ChangeQuery): Promise<ChangeGroup[]> {
  const recent = await db.revision.findMany({
    where: { createdAt: { gt: since, ...(until ? { lte: until } : {}) }, entityType: { in: Object.keys(KINDS) }, action: { notIn: ["baseline", "delete"] } },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { entityType: true, entityId: true, createdAt: true, snapshot: true, title: true, action: true, minor: true },
  });
  // Per record: the newest revision readers could see, and whether every change of content
  // since `since` was marked minor.
  const latest = new Map<string, (typeof recent)[number]>();
  const major = new Set<string>();
  for (const r of recent) {
    const kind = KINDS[r.entityType as KindName];
    const key = `${r.entityType} ${r.entityId}`;
    if (!latest.has(key) && visibleToReaders(kind, r.snapshot as Snapshot)) latest.set(key, r);
    if (!r.minor && !STATUS_ONLY.test(r.action)) major.add(key);
  }
  if (!latest.size) return [];

  const byKind = new Map<KindName, string[]>();
  for (const r of latest.values()) byKind.set(r.entityType as KindName, [...(byKind.get(r.entityType as KindName) ?? []), r.entityId]);
  const current = new Map<string, Snapshot>();
  const before = new Map<string, Snapshot>();
  for (const [type, ids] of byKind) {
    const kind = KINDS[type];
      for (const row of await inBatches(ids, (slice) => delegateOf(kind).findMany({ where: { [kind.key]: { in: slice } } }))) current.set(`${type} ${String(row[kind.key])}`, row);
      // What it was at `since`: its last revision by then; for a record seeded or imported before
      // `since` and first changed after it, the baseline its first change recorded.
      const earlier = await inBatches(ids, (slice) =>
        db.revision.findMany({
          where: { entityType: type, entityId: { in: slice }, OR: [{ createdAt: { lte: since }, action: { not: "delete" } }, { action: "baseline" }] },
          orderBy: [{ createdAt: "desc" }, { version: "desc" }],
          select: { entityId: true, snapshot: true, action: true, createdAt: true },
        }),
      );
      const found = new Map<string, { bySince?: Snapshot; baseline?: Snapshot }>();
      for (const e of earlier) {
        const slot = found.get(e.entityId) ?? {};
        if (e.createdAt <= since && e.action !== "delete") slot.bySince ??= e.snapshot as Snapshot;
        if (e.action === "baseline") slot.baseline ??= e.snapshot as Snapshot;
        found.set(e.entityId, slot);
      }
      for (const [id, slot] of found) {
        const snapshot = slot.bySince ?? slot.baseline;
        if (snapshot) before.set(`${type} ${id}`, snapshot);
      }
  }

  const negotiations = new Map((await readableNegotiations("published", hidden)).map((n) => [n.id, n]));
  const reads = rememberingReads(db);
  const items: ChangeItem[] = [];
  const snapshots = new WeakMap<ChangeItem, Snapshot>();
  for (const [key, r] of latest) {
    const type = r.entityType as KindName;
    const kind = KINDS[type];
    const now = current.get(key);
    if (!now || !visibleToReaders(kind, now)) continue;
    const snapshot = r.snapshot as Snapshot;
    // Which negotiation it belongs to (actors and sources belong to all of them).
    const scope = kind.type === "negotiations" ? [r.entityId] : kind.scope ? await kind.scope(reads as never, { ...snapshot, ...now, id: r.entityId }) : [];
    const own = scope.length ? negotiations.get(scope[0]) : undefined;
    if (scope.length && !own) continue;
    if (negotiationId && own?.id !== negotiationId) continue;
    const earlier = before.get(key);
    const was = earlier && visibleToReaders(kind, earlier) ? earlier : null;
    const fields = fieldChanges(kind, was, snapshot);
    // Saved again without a difference readers could see, or only minor changes since.
    if (was && (fields.length === 0 || !major.has(key))) continue;
    const target = kind.readerPath?.(r.entityId, snapshot);
    const item: ChangeItem = {
      type,
      id: r.entityId,
      title: r.title || r.entityId,
      change: was ? "changed" : "new",
      at: r.createdAt,
      href: target ? (target.shared || !own ? target.path : negotiationPath(own.slug, target.path)) : null,
      negotiation: own ? { slug: own.slug, title: own.title } : null,
      fields,
      context: contextOf(kind, snapshot, fields),
      subjects: await subjectsOf(reads as never, type, r.entityId, snapshot),
    };
    items.push(item);
    snapshots.set(item, snapshot);
  }

  await addSources(items, snapshots);
  let shown = fold ? foldNewDrafts(items, snapshots) : items;
  if (readerId) {
    const marks = await readMarksOf(readerId, shown.map((i) => `${i.type} ${i.id}`));
    shown = shown.filter((i) => !isSeen(marks, `${i.type} ${i.id}`, i.at));
  }
  if (follows) shown = shown.filter((i) => follows.some((f) => i.subjects[f.targetType]?.includes(f.targetId)));
  return IMPORTANCE.filter((type) => shown.some((i) => i.type === type)).map((type) => ({
    type,
    label: KINDS[type].label.many,
    items: shown.filter((i) => i.type === type).sort((a, b) => b.at.getTime() - a.at.getTime()),
  }));
}

/** Kinds whose change is read with its sources: a stance or a claim is only as good as who reported it. */
const WITH_SOURCES = new Set<KindName>(["positions", "claims", "point-reactions"]);

/** Adds "Sources: outlet, “title”" to the context of stances, claims and reactions (one query for all). */
async function addSources(items: ChangeItem[], snapshots: WeakMap<ChangeItem, Snapshot>) {
  const cited = (item: ChangeItem) => ((snapshots.get(item)?.citations as { sourceId: string }[] | undefined) ?? []).map((c) => c.sourceId);
  const wanted = items.filter((i) => WITH_SOURCES.has(i.type));
  const ids = [...new Set(wanted.flatMap(cited))];
  if (!ids.length) return;
  const sources = new Map((await inBatches(ids, (slice) => db.source.findMany({ where: { id: { in: slice } }, select: { id: true, outlet: true, title: true } }))).map((s) => [s.id, s]));
  for (const item of wanted) {
    const names = cited(item).map((id) => sources.get(id)).filter((s) => s !== undefined).map((s) => `${s.outlet}, “${s.title}”`);
    if (names.length) item.context.push({ field: "sources", label: "Sources", before: null, after: names.join("; ") });
  }
}

/**
 * A draft published for the first time brings its points and alignments with it: one item for
 * the draft, saying how many points it has, how they relate to the earlier draft and which
 * changes the alignment flagged as substantive — not one item per point.
 */
function foldNewDrafts(items: ChangeItem[], snapshots: WeakMap<ChangeItem, Snapshot>): ChangeItem[] {
  const drafts = new Map(items.filter((i) => i.type === "drafts" && i.change === "new").map((i) => [i.id, i]));
  if (!drafts.size) return items;
  const folded = new Set<ChangeItem>();
  for (const draft of drafts.values()) draft.parts = { points: 0, relations: {}, flagged: [] };
  for (const item of items) {
    if (item.change !== "new") continue;
    const snapshot = snapshots.get(item)!;
    const draft = drafts.get(String(item.type === "alignments" ? snapshot.toDraftId : snapshot.draftId));
    if (!draft || (item.type !== "draft-points" && item.type !== "alignments")) continue;
    if (item.type === "draft-points") draft.parts!.points++;
    else {
      const relation = String(snapshot.relation);
      draft.parts!.relations[relation] = (draft.parts!.relations[relation] ?? 0) + 1;
      const note = typeof snapshot.note === "string" ? snapshot.note : "";
      if (note.startsWith("Flagged changes")) draft.parts!.flagged.push({ title: item.title, note });
    }
    folded.add(item);
  }
  return items.filter((i) => !folded.has(i));
}

export const countChanges = (groups: ChangeGroup[]) => groups.reduce((n, g) => n + g.items.length, 0);

/** One page of the groups, in the order they are shown (kinds by importance, newest first). */
export function pageOfChanges(groups: ChangeGroup[], page: number, size: number): { groups: ChangeGroup[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(countChanges(groups) / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const shown = new Set(groups.flatMap((g) => g.items).slice((current - 1) * size, current * size));
  return {
    groups: groups.map((g) => ({ ...g, items: g.items.filter((i) => shown.has(i)), total: g.items.length })).filter((g) => g.items.length > 0),
    page: current,
    pageCount,
  };
}
