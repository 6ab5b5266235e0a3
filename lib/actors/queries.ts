import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { cardForReading } from "@/lib/cards/queries";
import { db } from "@/lib/db";
import { citationSelect, reactionFields } from "@/lib/sources/select";
import { stanceHistory } from "@/lib/positions/history";

/** Everything Parley holds about one actor: stances by issue (with history), reactions to draft points, territorial claims, cards. */
async function loadActorDossier(id: string) {
  const actor = await db.actor.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      role: true,
      affiliation: true,
      bloc: true,
      bio: true,
      citations: citationSelect,
      positions: {
        orderBy: { createdAt: "asc" },
        select: { id: true, stance: true, summary: true, statedAt: true, dateApprox: true, issue: { select: { id: true, title: true, sortOrder: true } } },
      },
      pointReactions: {
        orderBy: { statedAt: "asc" },
        select: { ...reactionFields, point: { select: { id: true, number: true, title: true, draft: { select: { id: true, name: true } } } } },
      },
      claims: {
        select: { id: true, claim: true, summary: true, statedAt: true, territory: { select: { code: true, nameEn: true } } },
        orderBy: { territoryCode: "asc" },
      },
      cards: { where: { status: "published" }, select: cardForReading, orderBy: { eventDate: { sort: "desc", nulls: "last" } } },
    },
  });
  if (!actor) return null;

  const byIssue = new Map<string, { issue: (typeof actor.positions)[number]["issue"]; positions: typeof actor.positions }>();
  for (const p of actor.positions) {
    const entry = byIssue.get(p.issue.id) ?? { issue: p.issue, positions: [] };
    entry.positions.push(p);
    byIssue.set(p.issue.id, entry);
  }
  const stances = [...byIssue.values()]
    .sort((a, b) => a.issue.sortOrder - b.issue.sortOrder)
    .map(({ issue, positions }) => ({ issue, history: stanceHistory(positions) }));
  return { ...actor, stances };
}

export type ActorDossier = NonNullable<Awaited<ReturnType<typeof getActorDossier>>>;

export const getActorDossier = cachedQuery("actors/queries.getActorDossier", loadActorDossier);
