import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import type { Stance } from "@/lib/domain/enums";
import { visiblePosition, type Visibility } from "@/lib/records/visibility";
import { currentPosition } from "./history";
import { statementFields } from "./queries";

/**
 * A bloc's position in one negotiation, read in one place: for each issue its members spoke on,
 * every member's current statement with its quote and sources, newest first, and how the
 * members' stances add up. The bloc is the name the actors' records give it.
 */
async function loadBlocPosition(negotiationId: string, bloc: string, visibility: Visibility = "published") {
  const [members, positions] = await Promise.all([
    db.actor.findMany({ where: { bloc, negotiations: { some: { id: negotiationId } } }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } }),
    db.position.findMany({
      where: { AND: [{ issue: { negotiationId }, actor: { bloc } }, visiblePosition(visibility)] },
      select: {
        ...statementFields,
        actorId: true,
        actor: { select: { id: true, name: true, role: true } },
        issue: { select: { id: true, title: true, proposition: true, sortOrder: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  // Members are who spoke in this negotiation, and who takes part without a statement yet.
  const speakers = new Map(positions.map((p) => [p.actorId, p.actor]));
  if (members.length === 0 && speakers.size === 0) return null;
  const byIssue = new Map<string, { issue: (typeof positions)[number]["issue"]; byActor: Map<string, typeof positions> }>();
  for (const p of positions) {
    const entry = byIssue.get(p.issue.id) ?? { issue: p.issue, byActor: new Map() };
    entry.byActor.set(p.actorId, [...(entry.byActor.get(p.actorId) ?? []), p]);
    byIssue.set(p.issue.id, entry);
  }
  const issues = [...byIssue.values()]
    .sort((a, b) => a.issue.sortOrder - b.issue.sortOrder || a.issue.title.localeCompare(b.issue.title))
    .map(({ issue, byActor }) => {
      const statements = [...byActor.entries()]
        .map(([actorId, list]) => ({ actor: speakers.get(actorId)!, statement: currentPosition(list)!, earlier: list.length - 1 }))
        .sort((a, b) => new Date(b.statement.statedAt).getTime() - new Date(a.statement.statedAt).getTime() || a.actor.name.localeCompare(b.actor.name));
      const tally: Partial<Record<Stance, number>> = {};
      for (const s of statements) tally[s.statement.stance] = (tally[s.statement.stance] ?? 0) + 1;
      return { issue, statements, tally };
    });
  return {
    bloc,
    members: [...speakers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    silent: members.filter((m) => !speakers.has(m.id)),
    issues,
  };
}

export const getBlocPosition = cachedQuery("positions/bloc.getBlocPosition", loadBlocPosition);
export type BlocPosition = NonNullable<Awaited<ReturnType<typeof getBlocPosition>>>;
