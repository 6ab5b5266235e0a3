import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/handler";
import { citationSelect, reactionFields } from "@/lib/sources/select";
import { alignDrafts, countRelations, type RowRelation } from "./compare";
import { similarity, wordDiff, type DiffSegment } from "./diff";
import { traceLineage } from "./lineage";
import { PREFERRED_DEFAULT_PAIR } from "./schema";

async function loadAllDrafts() {
  return db.draft.findMany({
    select: { id: true, name: true, title: true, date: true, status: true, declaredPointCount: true, revisesId: true, _count: { select: { points: true } } },
    orderBy: [{ date: "asc" }, { name: "asc" }],
  });
}
export type DraftSummary = Awaited<ReturnType<typeof listDrafts>>[number];

export function defaultPair(drafts: { id: string }[]): { a: string; b: string } | null {
  const ids = new Set(drafts.map((d) => d.id));
  if (ids.has(PREFERRED_DEFAULT_PAIR.a) && ids.has(PREFERRED_DEFAULT_PAIR.b)) return { ...PREFERRED_DEFAULT_PAIR };
  return drafts.length >= 2 ? { a: drafts[0].id, b: drafts[drafts.length - 1].id } : null;
}

const pointSelect = {
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
    orderBy: { statedAt: "asc" },
    select: { ...reactionFields, actor: { select: { id: true, name: true, bloc: true } } },
  },
} as const;

async function loadDraft(id: string) {
  const draft = await db.draft.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      title: true,
      date: true,
      status: true,
      origin: true,
      summary: true,
      notes: true,
      declaredPointCount: true,
      citations: citationSelect,
      points: { select: pointSelect, orderBy: { sortOrder: "asc" } },
    },
  });
  if (!draft) throw new AppError(400, "unknown_draft", `There is no draft "${id}"`);
  return draft;
}

export type ComparedPoint = Awaited<ReturnType<typeof loadDraft>>["points"][number];

/** Two drafts side by side: rows aligned by the recorded alignments, each with a word diff where both texts are known. */
async function loadComparison(a: string, b: string) {
  if (a === b) throw new AppError(400, "same_draft", "Choose two different drafts to compare");
  const [left, right, alignments] = await Promise.all([
    loadDraft(a),
    loadDraft(b),
    db.pointAlignment.findMany({
      where: { OR: [{ fromDraftId: a, toDraftId: b }, { fromDraftId: b, toDraftId: a }] },
      select: { id: true, fromDraftId: true, toDraftId: true, fromPointId: true, toPointId: true, relation: true, reporting: true, note: true, citations: citationSelect },
      orderBy: { id: "asc" },
    }),
  ]);
  const leftById = new Map(left.points.map((p) => [p.id, p]));
  const rightById = new Map(right.points.map((p) => [p.id, p]));
  const rows = alignDrafts(left.points, right.points, alignments, a, b).map((row) => {
    const leftPoints = row.left.map((id) => leftById.get(id)!);
    const rightPoints = row.right.map((id) => rightById.get(id)!);
    const textOf = (points: ComparedPoint[]) => (points.length && points.every((p) => p.text) ? points.map((p) => p.text).join(" ") : null);
    const before = textOf(leftPoints);
    const after = textOf(rightPoints);
    const diff: DiffSegment[] | null = before !== null && after !== null ? wordDiff(before, after) : null;
    return {
      key: row.key,
      relation: row.relation as RowRelation,
      left: leftPoints,
      right: rightPoints,
      alignments: row.alignments,
      diff,
      similarity: diff ? similarity(diff) : null,
      issues: [...new Set([...leftPoints, ...rightPoints].flatMap((p) => p.issues.map((i) => i.id)))],
    };
  });
  const { points: leftPointList, ...leftDraft } = left;
  const { points: rightPointList, ...rightDraft } = right;
  return { left: { ...leftDraft, pointCount: leftPointList.length }, right: { ...rightDraft, pointCount: rightPointList.length }, rows, counts: countRelations(rows), alignmentCount: alignments.length };
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
export type ComparisonRow = Comparison["rows"][number];

/** One point's path through every version of the plan, with the picker's options. */
async function loadLineage(pointId?: string) {
  const [drafts, points, alignments] = await Promise.all([
    db.draft.findMany({ select: { id: true, name: true, date: true, status: true, declaredPointCount: true }, orderBy: [{ date: "asc" }, { name: "asc" }] }),
    db.draftPoint.findMany({
      select: { id: true, draftId: true, number: true, sortOrder: true, title: true, text: true, textStatus: true, reported: true },
      orderBy: { sortOrder: "asc" },
    }),
    db.pointAlignment.findMany({
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
  return {
    start,
    versions: drafts.map((d) => ({ draft: d, points: points.filter((p) => p.draftId === d.id && trace.points.has(p.id)) })),
    alignments: trace.alignments,
    options: drafts.map((d) => ({ draft: { id: d.id, name: d.name }, points: points.filter((p) => p.draftId === d.id).map((p) => ({ id: p.id, number: p.number, title: p.title })) })),
  };
}

export type Lineage = NonNullable<Awaited<ReturnType<typeof getLineage>>>;

export const listDrafts = cachedQuery("drafts/queries.listDrafts", loadAllDrafts);

export const getComparison = cachedQuery("drafts/queries.getComparison", loadComparison);

export const getLineage = cachedQuery("drafts/queries.getLineage", loadLineage);
