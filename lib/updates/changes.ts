import "server-only";
// "What changed since I last looked", computed from the revisions every write already records
// (no second bookkeeping that could drift): each record with a revision readers could see
// after `since` — published at that revision, or of a kind that is not reviewed — is one item,
// showing what it was at `since` (its last revision readers could see then) and what it is now.
// Records readers cannot see today (unpublished since, deleted, in a negotiation hidden from
// this reader or not published) are left out.
import { db } from "@/lib/db";
import { KINDS, type Kind, type KindName } from "@/lib/records";
import { negotiationPath } from "@/lib/negotiations/paths";
import { readableNegotiations } from "@/lib/negotiations/queries";

type Snapshot = Record<string, unknown>;
export type FieldChange = { field: string; label: string; before: string | null; after: string | null };
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
};
export type ChangeGroup = { type: KindName; label: string; items: ChangeItem[] };

/** The order groups are shown in: what moves a negotiation first. */
const IMPORTANCE: KindName[] = ["positions", "drafts", "draft-points", "alignments", "claims", "territories", "cards", "briefings", "point-reactions", "metric-values", "metrics", "issues", "actors", "sources", "negotiations"];

const visibleToReaders = (kind: Kind, snapshot: Snapshot) => !kind.publishable || snapshot.status === "published";

/** A field's value as one line of text, for "was → is". */
function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ") : null;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function fieldChanges(kind: Kind, before: Snapshot | null, after: Snapshot): FieldChange[] {
  if (!before) return [];
  return Object.entries(kind.fields)
    .filter(([name]) => name !== "citations" && JSON.stringify(before[name] ?? null) !== JSON.stringify(after[name] ?? null))
    .map(([name, def]) => ({ field: name, label: def.label, before: asText(before[name]), after: asText(after[name]) }))
    .concat(JSON.stringify(before.citations ?? []) !== JSON.stringify(after.citations ?? []) ? [{ field: "citations", label: "Sources", before: null, after: "changed" }] : []);
}

export type ChangeQuery = { since: Date; hidden: readonly string[]; negotiationId?: string | null };

/** Every change readers could see after `since`, grouped by kind in order of importance, newest first within a kind. */
export async function listChanges({ since, hidden, negotiationId = null }: ChangeQuery): Promise<ChangeGroup[]> {
  const recent = await db.revision.findMany({
    where: { createdAt: { gt: since }, entityType: { in: Object.keys(KINDS) }, action: { notIn: ["baseline", "delete"] } },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { entityType: true, entityId: true, createdAt: true, snapshot: true, title: true },
  });
  // The newest revision readers could see, per record.
  const latest = new Map<string, (typeof recent)[number]>();
  for (const r of recent) {
    const kind = KINDS[r.entityType as KindName];
    const key = `${r.entityType} ${r.entityId}`;
    if (!latest.has(key) && visibleToReaders(kind, r.snapshot as Snapshot)) latest.set(key, r);
  }
  const negotiations = new Map((await readableNegotiations("published", hidden)).map((n) => [n.id, n]));
  const items: ChangeItem[] = [];
  for (const r of latest.values()) {
    const type = r.entityType as KindName;
    const kind = KINDS[type];
    const current = await (db as unknown as Record<string, { findUnique(a: object): Promise<Snapshot | null> }>)[kind.model].findUnique({ where: { [kind.key]: r.entityId } });
    if (!current || !visibleToReaders(kind, current)) continue;
    // Which negotiation it belongs to (actors and sources belong to all of them).
    const scope = kind.type === "negotiations" ? [r.entityId] : kind.scope ? await kind.scope(db as never, { ...(r.snapshot as Snapshot), ...current, id: r.entityId }) : [];
    const own = scope.length ? negotiations.get(scope[0]) : undefined;
    if (scope.length && !own) continue;
    if (negotiationId && own?.id !== negotiationId) continue;
    // What it was at `since`: its last revision by then; for a record seeded or imported before
    // `since` and first changed after it, the baseline its first change recorded.
    const before =
      (await db.revision.findFirst({
        where: { entityType: r.entityType, entityId: r.entityId, createdAt: { lte: since }, action: { not: "delete" } },
        orderBy: [{ createdAt: "desc" }, { version: "desc" }],
        select: { snapshot: true },
      })) ?? (await db.revision.findFirst({ where: { entityType: r.entityType, entityId: r.entityId, action: "baseline" }, select: { snapshot: true } }));
    const was = before && visibleToReaders(kind, before.snapshot as Snapshot) ? (before.snapshot as Snapshot) : null;
    const fields = fieldChanges(kind, was, r.snapshot as Snapshot);
    // Saved again without a difference readers could see (e.g. a save that changed nothing).
    if (was && fields.length === 0) continue;
    const target = kind.readerPath?.(r.entityId, r.snapshot as Snapshot);
    items.push({
      type,
      id: r.entityId,
      title: r.title || r.entityId,
      change: was ? "changed" : "new",
      at: r.createdAt,
      href: target ? (target.shared || !own ? target.path : negotiationPath(own.slug, target.path)) : null,
      negotiation: own ? { slug: own.slug, title: own.title } : null,
      fields,
    });
  }
  return IMPORTANCE.filter((type) => items.some((i) => i.type === type)).map((type) => ({
    type,
    label: KINDS[type].label.many,
    items: items.filter((i) => i.type === type).sort((a, b) => b.at.getTime() - a.at.getTime()),
  }));
}

export const countChanges = (groups: ChangeGroup[]) => groups.reduce((n, g) => n + g.items.length, 0);

export const UPDATES_SCOPE = "updates";

/**
 * Where a reader's updates start: their last "mark all as read", or, for a reader who never
 * marked any, when their account was made (nothing before it is "new" to them).
 */
export async function lastRead(userId: string): Promise<Date> {
  const mark = await db.readMark.findUnique({ where: { userId_scope: { userId, scope: UPDATES_SCOPE } }, select: { readAt: true } });
  if (mark) return mark.readAt;
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { createdAt: true } })).createdAt;
}

export async function markRead(userId: string, at = new Date()): Promise<void> {
  await db.readMark.upsert({ where: { userId_scope: { userId, scope: UPDATES_SCOPE } }, create: { userId, scope: UPDATES_SCOPE, readAt: at }, update: { readAt: at } });
}
