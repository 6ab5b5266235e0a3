import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { citationSelect } from "@/lib/sources/select";
import type { Stance } from "@/lib/domain/enums";
import { currentPosition, stanceHistory } from "./history";
import { visiblePosition, type Visibility } from "@/lib/records/visibility";
import type { MatrixFilter } from "./schema";

/** One statement as readers see it: stance, summary, the words as quoted, date and sources. */
export const statementFields = {
  id: true,
  stance: true,
  summary: true,
  quoteOriginal: true,
  quoteLanguage: true,
  quoteEnglish: true,
  translatedBy: true,
  statedAt: true,
  dateApprox: true,
  citations: citationSelect,
} as const;

export type MatrixCell = { positionId: string; stance: Stance; statedAt: Date; statements: number; changes: number };

/**
 * One negotiation's actors × issues matrix: each cell is the actor's current stance on the issue (its latest
 * statement), with how many statements and stance changes lie behind it.
 */
async function loadPositionMatrix(negotiationId: string, filter: Pick<MatrixFilter, "bloc" | "issue">, visibility: Visibility = "published") {
  const [allActors, issueRows, positions] = await Promise.all([
    db.actor.findMany({ select: { id: true, name: true, bloc: true, role: true }, orderBy: [{ bloc: "asc" }, { name: "asc" }] }),
    db.issue.findMany({ where: { negotiationId }, select: { id: true, title: true, proposition: true }, orderBy: [{ sortOrder: "asc" }, { title: "asc" }] }),
    db.position.findMany({ where: { issue: { negotiationId }, ...visiblePosition(visibility) }, select: { id: true, actorId: true, issueId: true, stance: true, statedAt: true }, orderBy: { createdAt: "asc" } }),
  ]);

  // An issue nobody has a published stance on yet is not a column (a new issue stays out of sight until then).
  const withStances = new Set(positions.map((p) => p.issueId));
  const allIssues = issueRows.filter((i) => withStances.has(i.id));
  const byPair = new Map<string, typeof positions>();
  for (const p of positions) {
    const key = `${p.actorId}:${p.issueId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), p]);
  }
  const cells: Record<string, MatrixCell> = {};
  for (const [key, list] of byPair) {
    const history = stanceHistory(list);
    const latest = currentPosition(list)!;
    cells[key] = {
      positionId: latest.id,
      stance: latest.stance,
      statedAt: latest.statedAt,
      statements: list.length,
      changes: history.filter((h) => h.changed).length,
    };
  }

  // Blocs with the most statements first (the parties to the talks before the commentators).
  const statementsPerBloc = new Map<string, number>();
  const blocOf = new Map(allActors.map((a) => [a.id, a.bloc]));
  for (const p of positions) statementsPerBloc.set(blocOf.get(p.actorId)!, (statementsPerBloc.get(blocOf.get(p.actorId)!) ?? 0) + 1);
  const blocs = [...statementsPerBloc.keys()].sort((a, b) => statementsPerBloc.get(b)! - statementsPerBloc.get(a)! || a.localeCompare(b));
  const blocRank = new Map(blocs.map((bloc, i) => [bloc, i]));

  const hasPositions = (actorId: string) => allIssues.some((i) => cells[`${actorId}:${i.id}`]);
  const actors = allActors
    .filter((a) => hasPositions(a.id) && (filter.bloc.length === 0 || filter.bloc.includes(a.bloc)))
    .sort((a, b) => blocRank.get(a.bloc)! - blocRank.get(b.bloc)! || a.name.localeCompare(b.name));
  const issues = allIssues.filter((i) => filter.issue.length === 0 || filter.issue.includes(i.id));
  return { actors, issues, cells, blocs, allIssues };
}

/**
 * A smaller first view: the first `max` actors and only their cells; with `issueIds` (the
 * briefing's issues on the dashboard), only those issues' columns and the actors who spoke on them.
 */
export function trimMatrix(matrix: PositionMatrix, max: number, issueIds: readonly string[] = []): PositionMatrix {
  const wanted = new Set(issueIds);
  const issues = wanted.size && matrix.issues.some((i) => wanted.has(i.id)) ? matrix.issues.filter((i) => wanted.has(i.id)) : matrix.issues;
  const spoke = issues === matrix.issues ? matrix.actors : matrix.actors.filter((a) => issues.some((i) => matrix.cells[`${a.id}:${i.id}`]));
  const actors = spoke.slice(0, max);
  const shown = new Set(actors.map((a) => a.id));
  const cells = Object.fromEntries(Object.entries(matrix.cells).filter(([key]) => shown.has(key.slice(0, key.indexOf(":")))));
  return { ...matrix, actors, issues, cells };
}

/** Every statement of one actor on one issue, oldest first, with quotes and sources. */
async function loadPositionHistory(negotiationId: string, actorId: string, issueId: string, visibility: Visibility = "published") {
  const [actor, issue, positions] = await Promise.all([
    db.actor.findUnique({ where: { id: actorId }, select: { id: true, name: true, role: true, bloc: true } }),
    db.issue.findFirst({ where: { id: issueId, negotiationId }, select: { id: true, title: true } }),
    db.position.findMany({
      where: { actorId, issueId, issue: { negotiationId }, ...visiblePosition(visibility) },
      orderBy: { createdAt: "asc" },
      select: statementFields,
    }),
  ]);
  if (!actor || !issue) return null;
  return { actor, issue, history: stanceHistory(positions) };
}

export type PositionMatrix = Awaited<ReturnType<typeof getPositionMatrix>>;
export type PositionHistory = NonNullable<Awaited<ReturnType<typeof getPositionHistory>>>;

export const getPositionMatrix = cachedQuery("positions/queries.getPositionMatrix", loadPositionMatrix);

export const getPositionHistory = cachedQuery("positions/queries.getPositionHistory", loadPositionHistory);
