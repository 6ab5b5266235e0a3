import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { cardForReading } from "@/lib/cards/select";
import { db } from "@/lib/db";
import { currentPosition, stanceHistory } from "@/lib/positions/history";
import { PUBLISHED, visiblePoint, visiblePosition } from "@/lib/records/visibility";

/** Everything about one negotiated issue: each actor's current stance, the draft points on it, the cards. */
async function loadIssueDossier(negotiationId: string, id: string) {
  const issue = await db.issue.findFirst({
    where: { id, negotiationId },
    select: {
      id: true,
      title: true,
      description: true,
      proposition: true,
      positions: {
        where: visiblePosition("published"),
        orderBy: { createdAt: "asc" },
        select: { id: true, stance: true, summary: true, statedAt: true, dateApprox: true, actor: { select: { id: true, name: true, bloc: true } } },
      },
      points: {
        where: visiblePoint("published"),
        select: { id: true, number: true, title: true, text: true, textStatus: true, reported: true, draft: { select: { id: true, name: true, date: true } } },
        orderBy: [{ draft: { date: "asc" } }, { sortOrder: "asc" }],
      },
      cards: { where: PUBLISHED, select: cardForReading, orderBy: { eventDate: { sort: "desc", nulls: "last" } } },
    },
  });
  if (!issue) return null;
  const byActor = new Map<string, typeof issue.positions>();
  for (const p of issue.positions) byActor.set(p.actor.id, [...(byActor.get(p.actor.id) ?? []), p]);
  const stances = [...byActor.values()]
    .map((positions) => ({ current: currentPosition(positions)!, changes: stanceHistory(positions).filter((h) => h.changed).length, statements: positions.length }))
    .sort((a, b) => a.current.actor.bloc.localeCompare(b.current.actor.bloc) || a.current.actor.name.localeCompare(b.current.actor.name));
  return { ...issue, stances };
}


async function loadAllIssues(negotiationId: string) {
  return db.issue.findMany({ where: { negotiationId }, select: { id: true, title: true, proposition: true }, orderBy: [{ sortOrder: "asc" }, { title: "asc" }] });
}

export const getIssueDossier = cachedQuery("issues/queries.getIssueDossier", loadIssueDossier);

export const listIssues = cachedQuery("issues/queries.listIssues", loadAllIssues);
