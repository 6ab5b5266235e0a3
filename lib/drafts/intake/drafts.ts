import type { Db } from "@/lib/db/client";

export type IntakeDraft = { id: string; negotiationId: string; name: string; date: string; revisesId: string | null; status: string; points: number };

/** Every draft an editor can align with, oldest first. */
export async function intakeDrafts(db: Db): Promise<IntakeDraft[]> {
  const drafts = await db.draft.findMany({ orderBy: { date: "asc" }, select: { id: true, negotiationId: true, name: true, date: true, revisesId: true, status: true, _count: { select: { points: true } } } });
  return drafts.map((d) => ({ id: d.id, negotiationId: d.negotiationId, name: d.name, date: d.date.toISOString().slice(0, 10), revisesId: d.revisesId, status: d.status, points: d._count.points }));
}

/**
 * The newest draft of `id`'s lineage (the drafts linked to it through "revises", either way):
 * a new version is aligned with the latest text of its line, not with the one it was opened from.
 */
export function latestOfLineage(drafts: IntakeDraft[], id: string): string {
  const linked = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of drafts) {
      if (linked.has(d.id) || !(linked.has(d.revisesId ?? "") || drafts.some((o) => o.revisesId === d.id && linked.has(o.id)))) continue;
      linked.add(d.id);
      grew = true;
    }
  }
  const line = drafts.filter((d) => linked.has(d.id));
  return line.reduce((a, b) => (b.date >= a.date ? b : a)).id;
}
