// Follows one point through every version of a plan: every point joined to it by a chain of
// alignments, in any direction, grouped by draft in date order. Splits and merges show as
// several points in one version.
import type { AlignmentRelation } from "@/lib/domain/enums";

export type LineageAlignment = { id: string; fromPointId: string | null; toPointId: string | null; relation: AlignmentRelation; fromDraftId: string; toDraftId: string };

/** The ids of every point and alignment connected to `pointId`. */
export function traceLineage<A extends LineageAlignment>(pointId: string, alignments: A[]): { points: Set<string>; alignments: A[] } {
  const byPoint = new Map<string, A[]>();
  for (const al of alignments) {
    for (const end of [al.fromPointId, al.toPointId]) if (end) byPoint.set(end, [...(byPoint.get(end) ?? []), al]);
  }
  const points = new Set([pointId]);
  const used = new Set<A>();
  const queue = [pointId];
  while (queue.length) {
    const current = queue.shift()!;
    for (const al of byPoint.get(current) ?? []) {
      used.add(al);
      for (const next of [al.fromPointId, al.toPointId]) {
        if (next && !points.has(next)) {
          points.add(next);
          queue.push(next);
        }
      }
    }
  }
  return { points, alignments: alignments.filter((al) => used.has(al)) };
}
