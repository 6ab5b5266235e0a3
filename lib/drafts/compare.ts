// Lines up the points of two drafts by their recorded alignments. Points joined by alignments
// form one row, so a merge (several points → one) or a split (one → several) is a single row,
// moved points sit beside their counterpart, and dropped or added points have an empty side.
import type { AlignmentRelation, ReportingStatus } from "@/lib/domain/enums";
import { RELATION_LABELS } from "@/lib/domain/labels";

export type ComparePoint = { id: string; draftId: string; sortOrder: number };
export type CompareAlignment = {
  id: string;
  fromDraftId: string;
  toDraftId: string;
  fromPointId: string | null;
  toPointId: string | null;
  relation: AlignmentRelation;
  reporting: ReportingStatus;
};

/** How an unaligned point is shown: nothing about its fate in the other draft is recorded. */
export type RowRelation = AlignmentRelation | "unaligned";

/**
 * A row's relation in words. Nothing recorded is "counterpart unknown", never anything that
 * reads like "dropped": the later text is often not public.
 */
export const rowRelationLabel = (relation: RowRelation) => (relation === "unaligned" ? "Counterpart unknown" : RELATION_LABELS[relation]);

export type CompareRow<A extends CompareAlignment> = {
  /** Stable within a comparison: used for permalinks (#row-…). */
  key: string;
  left: string[];
  right: string[];
  relation: RowRelation;
  alignments: A[];
};

/** Seen from the later draft back to the earlier one, a relation turns around. */
const REVERSED: Record<AlignmentRelation, AlignmentRelation> = {
  unchanged: "unchanged",
  modified: "modified",
  moved: "moved",
  merged: "split",
  split: "merged",
  dropped: "added",
  added: "dropped",
};

/** When a row mixes relations, the most telling one labels it. */
const RELATION_WEIGHT: RowRelation[] = ["merged", "split", "dropped", "added", "moved", "modified", "unchanged", "unaligned"];

/** The alignments between drafts a and b, oriented a → b (alignments recorded b → a are turned around). */
export function orientAlignments<A extends CompareAlignment>(alignments: A[], a: string, b: string): A[] {
  return alignments.flatMap((al) => {
    if (al.fromDraftId === a && al.toDraftId === b) return [al];
    if (al.fromDraftId === b && al.toDraftId === a) {
      return [{ ...al, fromDraftId: a, toDraftId: b, fromPointId: al.toPointId, toPointId: al.fromPointId, relation: REVERSED[al.relation] }];
    }
    return [];
  });
}

export function alignDrafts<A extends CompareAlignment>(
  leftPoints: ComparePoint[],
  rightPoints: ComparePoint[],
  alignments: A[],
  a: string,
  b: string,
): CompareRow<A>[] {
  const oriented = orientAlignments(alignments, a, b);
  const leftOrder = new Map(leftPoints.map((p) => [p.id, p.sortOrder]));
  const rightOrder = new Map(rightPoints.map((p) => [p.id, p.sortOrder]));

  // Union–find over point ids: every alignment joins its two points into one row.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (x: string, y: string) => parent.set(find(x), find(y));
  const node = (side: "L" | "R", id: string) => `${side}:${id}`;

  const alignmentNode = new Map<A, string>();
  for (const al of oriented) {
    const ends = [al.fromPointId && leftOrder.has(al.fromPointId) ? node("L", al.fromPointId) : null, al.toPointId && rightOrder.has(al.toPointId) ? node("R", al.toPointId) : null].filter(
      (n): n is string => n !== null,
    );
    if (ends.length === 0) continue;
    if (ends.length === 2) union(ends[0], ends[1]);
    alignmentNode.set(al, ends[0]);
  }

  const groups = new Map<string, CompareRow<A>>();
  const group = (root: string) => {
    let row = groups.get(root);
    if (!row) {
      row = { key: "", left: [], right: [], relation: "unaligned", alignments: [] };
      groups.set(root, row);
    }
    return row;
  };
  for (const p of leftPoints) group(find(node("L", p.id))).left.push(p.id);
  for (const p of rightPoints) group(find(node("R", p.id))).right.push(p.id);
  for (const [al, n] of alignmentNode) group(find(n)).alignments.push(al);

  const rows = [...groups.values()];
  for (const row of rows) {
    row.left.sort((x, y) => leftOrder.get(x)! - leftOrder.get(y)!);
    row.right.sort((x, y) => rightOrder.get(x)! - rightOrder.get(y)!);
    // A row with points on both sides is labelled by the alignments that pair them; an
    // "added" note attached to a paired point does not make the row an addition.
    const paired = row.alignments.filter((al) => al.fromPointId && al.toPointId);
    const relations = new Set<RowRelation>((paired.length ? paired : row.alignments).map((al) => al.relation));
    row.relation = RELATION_WEIGHT.find((r) => relations.has(r)) ?? "unaligned";
    row.key = [...row.left, ...row.right].join("+");
  }

  // Reading order: by the earlier draft's points; a later-draft point reported as added goes just
  // before the first row holding a later point of the later draft. A later-draft point nothing
  // is recorded about goes after all of them, in its own section: placed between two aligned
  // rows, its position would suggest a relation nobody reported.
  const withLeft = rows.filter((r) => r.left.length).sort((x, y) => leftOrder.get(x.left[0])! - leftOrder.get(y.left[0])!);
  const rightOnly = rows.filter((r) => !r.left.length).sort((x, y) => rightOrder.get(x.right[0])! - rightOrder.get(y.right[0])!);
  const ordered = [...withLeft];
  for (const row of rightOnly.filter((r) => r.relation !== "unaligned")) {
    const at = rightOrder.get(row.right[0])!;
    const before = ordered.findIndex((r) => r.right.some((id) => rightOrder.get(id)! > at));
    ordered.splice(before === -1 ? ordered.length : before, 0, row);
  }
  return [...ordered, ...rightOnly.filter((r) => r.relation === "unaligned")];
}

export function countRelations(rows: { relation: RowRelation }[]): Partial<Record<RowRelation, number>> {
  const counts: Partial<Record<RowRelation, number>> = {};
  for (const r of rows) counts[r.relation] = (counts[r.relation] ?? 0) + 1;
  return counts;
}
