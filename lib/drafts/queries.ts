import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/handler";
import { citationSelect, reactionFields } from "@/lib/sources/select";
import { alignDrafts, countRelations, type RowRelation } from "./compare";
import { similarity, wordDiff, type DiffSegment } from "./diff";
import { disputedAlignmentIds, findContradictions } from "./contradictions";
import { traceLineage } from "./lineage";
import { visibleAlignment, visibleDraft, visiblePoint, visibleReaction, type Visibility } from "@/lib/records/visibility";

async function loadAllDrafts(negotiationId: string, visibility: Visibility = "published") {
  return db.draft.findMany({
    where: { negotiationId, ...visibleDraft(visibility) },
    select: { id: true, name: true, title: true, date: true, provenance: true, status: true, declaredPointCount: true, revisesId: true, _count: { select: { points: { where: visiblePoint(visibility) } } } },
    orderBy: [{ date: "asc" }, { name: "asc" }],
  });
}
export type DraftSummary = Awaited<ReturnType<typeof listDrafts>>[number];

export type ComparisonSetting = { compareFromId: string | null; compareToId: string | null };

/**
 * The comparison a reader sees first: the negotiation's own choice when both drafts are visible;
 * otherwise the newest draft against the one it revises ("what did the new draft change?");
 * otherwise the oldest against the newest. `drafts` are in date order.
 */
export function defaultPair(drafts: { id: string; revisesId: string | null }[], setting?: ComparisonSetting | null): { a: string; b: string } | null {
  if (drafts.length < 2) return null;
  const ids = new Set(drafts.map((d) => d.id));
  if (setting?.compareFromId && setting.compareToId && ids.has(setting.compareFromId) && ids.has(setting.compareToId)) {
    return { a: setting.compareFromId, b: setting.compareToId };
  }
  const newest = drafts[drafts.length - 1];
  if (newest.revisesId && ids.has(newest.revisesId)) return { a: newest.revisesId, b: newest.id };
  return { a: drafts[0].id, b: newest.id };
}

const loadComparisonSetting = (negotiationId: string): Promise<ComparisonSetting | null> =>
  db.negotiation.findUnique({ where: { id: negotiationId }, select: { compareFromId: true, compareToId: true } });
const getComparisonSetting = cachedQuery("drafts/queries.getComparisonSetting", loadComparisonSetting);

/** defaultPair with the negotiation's own setting; `drafts` are the negotiation's, in date order. */
export async function defaultComparison(negotiationId: string, drafts: DraftSummary[]): Promise<{ a: string; b: string } | null> {
  return defaultPair(drafts, drafts.length >= 2 ? await getComparisonSetting(negotiationId) : null);
}

const pointSelect = (visibility: Visibility) => ({
  id: true,
  draftId: true,
  number: true,
  sortOrder: true,
  title: true,
  text: true,
  textStatus: true,
  reported: true,
  confidence: true,
  issues: { select: { id: true, title: true }, orderBy: { sortOrder: "asc" } },
  citations: citationSelect,
  reactions: {
    where: visibleReaction(visibility),
    orderBy: { statedAt: "asc" },
    select: { ...reactionFields, actor: { select: { id: true, name: true, bloc: true } } },
  },
}) as const;

async function loadDraft(negotiationId: string, id: string, visibility: Visibility) {
  const draft = await db.draft.findFirst({
    where: { id, negotiationId, ...visibleDraft(visibility) },
    select: {
      id: true,
      name: true,
      title: true,
      date: true,
      provenance: true,
      status: true,
      origin: true,
      summary: true,
      notes: true,
      declaredPointCount: true,
      citations: citationSelect,
      points: { where: visiblePoint(visibility), select: pointSelect(visibility), orderBy: { sortOrder: "asc" } },
    },
  });
  if (!draft) throw new AppError(400, "unknown_draft", `There is no draft "${id}"`);
  return draft;
}

export type ComparedPoint = Awaited<ReturnType<typeof loadDraft>>["points"][number];

/** Two drafts side by side: rows aligned by the recorded alignments, each with a word diff where both texts are known. */
async function loadComparison(negotiationId: string, a: string, b: string, visibility: Visibility = "published") {
  if (a === b) throw new AppError(400, "same_draft", "Choose two different drafts to compare");
  const [left, right, alignments] = await Promise.all([
    loadDraft(negotiationId, a, visibility),
    loadDraft(negotiationId, b, visibility),
    db.pointAlignment.findMany({
      where: { OR: [{ fromDraftId: a, toDraftId: b }, { fromDraftId: b, toDraftId: a }], ...visibleAlignment(visibility) },
      select: { id: true, fromDraftId: true, toDraftId: true, fromPointId: true, toPointId: true, relation: true, reporting: true, note: true, citations: citationSelect },
      orderBy: { id: "asc" },
    }),
  ]);
  const leftById = new Map(left.points.map((p) => [p.id, p]));
  const rightById = new Map(right.points.map((p) => [p.id, p]));
  const disputed = disputedAlignmentIds(findContradictions(alignments));
  const rows = alignDrafts(left.points, right.points, alignments, a, b).map((row) => {
    const leftPoints = row.left.map((id) => leftById.get(id)!);
    const rightPoints = row.right.map((id) => rightById.get(id)!);
    const textOf = (points: ComparedPoint[]) => (points.length && points.every((p) => p.text) ? points.map((p) => p.text).join(" ") : null);
    const before = textOf(leftPoints);
    const after = textOf(rightPoints);
    // A word diff says what changed between the drafts only when both sides are their wording:
    // between our own paraphrases it would show differences of our wording.
    const verbatim = (points: ComparedPoint[]) => points.every((p) => p.textStatus === "verbatim");
    const comparable = before !== null && after !== null;
    const diff: DiffSegment[] | null = comparable && verbatim(leftPoints) && verbatim(rightPoints) ? wordDiff(before, after) : null;
    const noDiffReason = comparable && !diff ? "No word diff: at least one side is our paraphrase of the point, not the draft's own wording, so a diff would show differences of our wording." : null;
    return {
      key: row.key,
      relation: row.relation as RowRelation,
      left: leftPoints,
      right: rightPoints,
      alignments: row.alignments,
      /** Its alignments contradict each other: the relation shown is not a fact yet. */
      disputed: row.alignments.some((al) => disputed.has(al.id)),
      diff,
      noDiffReason,
      similarity: diff ? similarity(diff) : null,
      staleReactions: staleReactionCount(row.relation as RowRelation, leftPoints, before, after),
      issues: [...new Set([...leftPoints, ...rightPoints].flatMap((p) => p.issues.map((i) => i.id)))],
    };
  });
  const { points: leftPointList, ...leftDraft } = left;
  const { points: rightPointList, ...rightDraft } = right;
  return { left: { ...leftDraft, pointCount: leftPointList.length }, right: { ...rightDraft, pointCount: rightPointList.length }, rows, counts: countRelations(rows), alignmentCount: alignments.length };
}

/** Rows whose earlier point changed: reactions given to the earlier text may no longer hold. */
const CHANGED_ROWS = new Set<RowRelation>(["modified", "merged", "split", "dropped"]);

/** How many reactions on the earlier side were given to a text that the later draft changed. */
function staleReactionCount(relation: RowRelation, earlier: ComparedPoint[], before: string | null, after: string | null): number {
  const changed = CHANGED_ROWS.has(relation) || (relation === "moved" && before !== after);
  return changed ? earlier.reduce((n, p) => n + p.reactions.length, 0) : 0;
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
export type ComparisonRow = Comparison["rows"][number];

/** One point's path through every version of the plan, with the picker's options. */
async function loadLineage(negotiationId: string, pointId?: string, visibility: Visibility = "published") {
  const [drafts, points, alignments] = await Promise.all([
    db.draft.findMany({ where: { negotiationId, ...visibleDraft(visibility) }, select: { id: true, name: true, date: true, provenance: true, declaredPointCount: true }, orderBy: [{ date: "asc" }, { name: "asc" }] }),
    db.draftPoint.findMany({
      where: { AND: [{ draft: { negotiationId } }, visiblePoint(visibility)] },
      select: { id: true, draftId: true, number: true, sortOrder: true, title: true, text: true, textStatus: true, reported: true, issues: { select: { id: true, title: true } } },
      orderBy: { sortOrder: "asc" },
    }),
    db.pointAlignment.findMany({
      where: { AND: [{ fromDraft: { negotiationId }, toDraft: { negotiationId } }, visibleAlignment(visibility)] },
      select: { id: true, fromDraftId: true, toDraftId: true, fromPointId: true, toPointId: true, relation: true, reporting: true, note: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const known = new Set(points.map((p) => p.id));
  if (pointId && !known.has(pointId)) throw new AppError(400, "unknown_point", `There is no draft point "${pointId}"`);
  // Without a choice, start from the earliest draft's point with the longest recorded path.
  const start =
    pointId ??
    points
      .filter((p) => p.draftId === drafts[0]?.id)
      .map((p) => ({ id: p.id, size: traceLineage(p.id, alignments).points.size }))
      .sort((x, y) => y.size - x.size)[0]?.id;
  if (!start) return null;
  const trace = traceLineage(start, alignments);
  const disagreements = findContradictions(trace.alignments);
  const disputed = disputedAlignmentIds(disagreements);
  // Where no alignment reaches a version, its points on the same issues that no alignment links
  // to any other version may still cover the topic: the page names them instead of "nothing".
  const aligned = new Set(alignments.flatMap((al) => [al.fromPointId, al.toPointId]));
  const tracedIssues = new Set(points.filter((p) => trace.points.has(p.id)).flatMap((p) => p.issues.map((i) => i.id)));
  return {
    start,
    versions: drafts.map((d) => {
      const traced = points.filter((p) => p.draftId === d.id && trace.points.has(p.id));
      const sameIssue = traced.length ? [] : points.filter((p) => p.draftId === d.id && !aligned.has(p.id) && p.issues.some((i) => tracedIssues.has(i.id)));
      return { draft: d, points: traced, unlinkedOnSameIssue: sameIssue };
    }),
    alignments: trace.alignments.map((al) => ({ ...al, disputed: disputed.has(al.id) })),
    disagreements,
    options: drafts.map((d) => ({ draft: { id: d.id, name: d.name }, points: points.filter((p) => p.draftId === d.id).map((p) => ({ id: p.id, number: p.number, title: p.title })) })),
  };
}

export type Lineage = NonNullable<Awaited<ReturnType<typeof getLineage>>>;

export const listDrafts = cachedQuery("drafts/queries.listDrafts", loadAllDrafts);

export const getComparison = cachedQuery("drafts/queries.getComparison", loadComparison);

export const getLineage = cachedQuery("drafts/queries.getLineage", loadLineage);
