// "What the change touches": after a new version is saved, the records tied to points of the
// earlier draft that changed (reworded, merged, split, dropped, or moved with new words; the
// engine's flags travel in the alignment's note) are listed for editors to re-check, and the
// comparison marks them for readers. Nothing is stored: the list is read from the alignments
// and from what is tied to each point, so it cannot drift. An item counts as re-checked once
// the record was saved after the alignment was written.
import { territoryName } from "@/lib/territories/names";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import type { Db } from "@/lib/db/client";

const CHANGED_RELATIONS = new Set(["modified", "merged", "split", "dropped", "moved"]);

export type RecheckItem = {
  type: "point-reactions" | "positions" | "claims" | "cards";
  id: string;
  title: string;
  checked: boolean;
};

/** One changed point of the earlier draft and what is tied to it. */
export type ChangedPoint = { pointId: string; label: string; relation: string; note: string | null; items: RecheckItem[] };

export type Recheck = {
  draft: { id: string; name: string };
  base: { id: string; name: string } | null;
  changes: ChangedPoint[];
  /** Territory claims made by the earlier draft as a whole (claims name a draft, not a point). */
  claims: RecheckItem[];
};

/** The earlier draft's points that changed in `draftId`, keyed by point id. */
async function changedPointsOf(db: Db, draftId: string) {
  const rows = await db.pointAlignment.findMany({
    where: { toDraftId: draftId, fromPointId: { not: null } },
    orderBy: { fromPoint: { sortOrder: "asc" } },
    select: { relation: true, note: true, createdAt: true, fromDraftId: true, fromPoint: { select: { id: true, number: true, title: true, text: true, issues: { select: { id: true } } } }, toPoint: { select: { text: true } } },
  });
  const changed = new Map<string, { label: string; relation: string; note: string | null; since: Date; baseDraftId: string; issueIds: string[] }>();
  for (const row of rows) {
    const point = row.fromPoint!;
    if (!CHANGED_RELATIONS.has(row.relation)) continue;
    // Moved with the same words: only its place changed, which touches nothing tied to it.
    if (row.relation === "moved" && point.text && row.toPoint?.text === point.text) continue;
    if (changed.has(point.id)) continue; // a split: one entry for the earlier point
    changed.set(point.id, { label: `${point.number != null ? `${point.number}. ` : ""}${point.title}`, relation: row.relation, note: row.note, since: row.createdAt, baseDraftId: row.fromDraftId, issueIds: point.issues.map((i) => i.id) });
  }
  return changed;
}

export async function recheckFor(db: Db, draftId: string): Promise<Recheck | null> {
  const draft = await db.draft.findUnique({ where: { id: draftId }, select: { id: true, name: true } });
  if (!draft) return null;
  const changed = await changedPointsOf(db, draftId);
  const pointIds = [...changed.keys()];
  const baseId = [...changed.values()][0]?.baseDraftId ?? (await db.pointAlignment.findFirst({ where: { toDraftId: draftId }, select: { fromDraftId: true } }))?.fromDraftId;
  const base = baseId ? await db.draft.findUnique({ where: { id: baseId }, select: { id: true, name: true } }) : null;
  const changes = new Map<string, ChangedPoint>([...changed].map(([pointId, c]) => [pointId, { pointId, label: c.label, relation: c.relation, note: c.note, items: [] }]));
  const add = (pointId: string, item: Omit<RecheckItem, "checked">, updatedAt: Date) => changes.get(pointId)!.items.push({ ...item, checked: updatedAt > changed.get(pointId)!.since });

  const issueIds = [...new Set([...changed.values()].flatMap((c) => c.issueIds))];
  const [reactions, cards, positions] = await Promise.all([
    db.pointReaction.findMany({ where: { pointId: { in: pointIds } }, select: { id: true, pointId: true, reaction: true, updatedAt: true, actor: { select: { name: true } } } }),
    db.card.findMany({ where: { points: { some: { id: { in: pointIds } } } }, select: { id: true, title: true, updatedAt: true, points: { where: { id: { in: pointIds } }, select: { id: true } } } }),
    // Only each actor's latest stance on an issue: older ones are history, not claims to re-check.
    db.position.findMany({ where: { issueId: { in: issueIds } }, orderBy: { statedAt: "desc" }, select: { id: true, actorId: true, issueId: true, stance: true, updatedAt: true, actor: { select: { name: true } }, issue: { select: { title: true } } } }),
  ]);
  for (const r of reactions) add(r.pointId, { type: "point-reactions", id: r.id, title: `${r.actor.name}: ${r.reaction}` }, r.updatedAt);
  for (const card of cards) for (const p of card.points) add(p.id, { type: "cards", id: card.id, title: card.title }, card.updatedAt);
  const latest = new Map<string, (typeof positions)[number]>();
  for (const p of positions) if (!latest.has(`${p.actorId} ${p.issueId}`)) latest.set(`${p.actorId} ${p.issueId}`, p);
  for (const p of latest.values()) {
    for (const [pointId, c] of changed) if (c.issueIds.includes(p.issueId)) add(pointId, { type: "positions", id: p.id, title: `${p.actor.name} on ${p.issue.title}: ${p.stance}` }, p.updatedAt);
  }

  const since = [...changed.values()].reduce<Date | null>((min, c) => (!min || c.since < min ? c.since : min), null);
  const claims =
    base && since
      ? (await db.territoryClaim.findMany({ where: { draftId: base.id }, select: { id: true, claim: true, updatedAt: true, territory: { select: { names: true } } } })).map((c) => ({
          type: "claims" as const,
          id: c.id,
          title: `${territoryName(c.territory.names)}: ${TERRITORY_CLAIM_LABELS[c.claim]}`,
          checked: c.updatedAt > since,
        }))
      : [];
  return { draft, base, changes: [...changes.values()], claims };
}
