import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { cardForReading } from "@/lib/cards/select";
import { db } from "@/lib/db";
import { citationSelect, reactionFields } from "@/lib/sources/select";
import { stanceHistory, type HistoryEntry } from "@/lib/positions/history";
import { PUBLISHED, visibleClaim, visiblePosition, visibleReaction } from "@/lib/records/visibility";

const negotiationRef = { select: { id: true, slug: true, title: true, createdAt: true } } as const;
type NegotiationRef = { id: string; slug: string; title: string; createdAt: Date };

/**
 * Everything Parley holds about one actor, who may take part in several negotiations: for each
 * published negotiation, their stances by issue (with history), reactions to draft points,
 * territorial claims and cards, the first case first.
 */
async function loadActorDossier(id: string, hidden: readonly string[]) {
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
        where: { AND: [visiblePosition("published"), { issue: { negotiation: PUBLISHED } }] },
        orderBy: { createdAt: "asc" },
        select: { id: true, stance: true, summary: true, statedAt: true, dateApprox: true, issue: { select: { id: true, title: true, sortOrder: true, negotiation: negotiationRef } } },
      },
      pointReactions: {
        where: { AND: [visibleReaction("published"), { point: { draft: { negotiation: PUBLISHED } } }] },
        orderBy: { statedAt: "asc" },
        select: { ...reactionFields, point: { select: { id: true, number: true, title: true, draft: { select: { id: true, name: true, negotiation: negotiationRef } } } } },
      },
      claims: {
        where: { AND: [visibleClaim("published"), { territory: { negotiation: PUBLISHED } }] },
        select: { id: true, claim: true, summary: true, statedAt: true, territory: { select: { code: true, names: true, negotiation: negotiationRef } } },
        orderBy: { territoryId: "asc" },
      },
      cards: { where: { ...PUBLISHED, negotiation: PUBLISHED }, select: { ...cardForReading, negotiation: negotiationRef }, orderBy: { eventDate: { sort: "desc", nulls: "last" } } },
    },
  });
  if (!actor) return null;

  type Group = {
    negotiation: NegotiationRef;
    stances: { issue: (typeof actor.positions)[number]["issue"]; history: HistoryEntry<(typeof actor.positions)[number]>[] }[];
    reactions: typeof actor.pointReactions;
    claims: typeof actor.claims;
    cards: typeof actor.cards;
  };
  const groups = new Map<string, Group>();
  const group = (negotiation: NegotiationRef) => {
    const g = groups.get(negotiation.id) ?? { negotiation, stances: [], reactions: [], claims: [], cards: [] };
    groups.set(negotiation.id, g);
    return g;
  };
  const byIssue = new Map<string, { issue: (typeof actor.positions)[number]["issue"]; positions: typeof actor.positions }>();
  for (const p of actor.positions) {
    const entry = byIssue.get(p.issue.id) ?? { issue: p.issue, positions: [] };
    entry.positions.push(p);
    byIssue.set(p.issue.id, entry);
  }
  for (const { issue, positions } of [...byIssue.values()].sort((a, b) => a.issue.sortOrder - b.issue.sortOrder)) group(issue.negotiation).stances.push({ issue, history: stanceHistory(positions) });
  for (const r of actor.pointReactions) group(r.point.draft.negotiation).reactions.push(r);
  for (const c of actor.claims) group(c.territory.negotiation).claims.push(c);
  for (const c of actor.cards) group(c.negotiation).cards.push(c);
  const { positions: _p, pointReactions: _r, claims: _c, cards: _k, ...profile } = actor;
  return { ...profile, negotiations: [...groups.values()].filter((g) => !hidden.includes(g.negotiation.id)).sort((a, b) => a.negotiation.createdAt.getTime() - b.negotiation.createdAt.getTime() || a.negotiation.slug.localeCompare(b.negotiation.slug)) };
}

export const getActorDossier = cachedQuery("actors/queries.getActorDossier", loadActorDossier);
export type ActorDossier = NonNullable<Awaited<ReturnType<typeof getActorDossier>>>;
