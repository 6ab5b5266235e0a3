// Alignments between the same two drafts that cannot all be true: a later point recorded as
// added and also as coming from an earlier point, an earlier point recorded as dropped and also
// as becoming a later one, or one pair of points given two different relations. Readers never
// see such records as facts (the lineage and the comparison say the records disagree); editors
// see them listed in the admin area until one of the records is corrected.
import type { AlignmentRelation } from "@/lib/domain/enums";
import type { LineageAlignment } from "./lineage";

export type Contradiction = {
  /** The point the records disagree about. */
  pointId: string;
  /** Every alignment taking part, oldest id first. */
  alignmentIds: string[];
  /** The relations recorded, in a stable order (for "recorded both as Split and as Added"). */
  relations: AlignmentRelation[];
};

/** Node 20 has no Map.groupBy. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const pairKey = (al: LineageAlignment) => `${al.fromDraftId}→${al.toDraftId}`;

export function findContradictions(alignments: readonly LineageAlignment[]): Contradiction[] {
  const found = new Map<string, Contradiction>();
  const add = (pointId: string, group: readonly LineageAlignment[]) => {
    const key = `${pointId}|${group.map((a) => a.id).sort().join(",")}`;
    if (found.has(key)) return;
    found.set(key, {
      pointId,
      alignmentIds: group.map((a) => a.id).sort(),
      relations: [...new Set(group.map((a) => a.relation))].sort(),
    });
  };
  const byPair = groupBy(alignments, pairKey);
  for (const group of byPair.values()) {
    // A later point that is new and also has an earlier counterpart.
    for (const [to, touching] of groupBy(group.filter((a) => a.toPointId), (a) => a.toPointId!)) {
      if (touching.some((a) => a.relation === "added" || !a.fromPointId) && touching.some((a) => a.fromPointId)) add(to, touching);
    }
    // An earlier point that is gone and also has a later counterpart.
    for (const [from, touching] of groupBy(group.filter((a) => a.fromPointId), (a) => a.fromPointId!)) {
      if (touching.some((a) => a.relation === "dropped" || !a.toPointId) && touching.some((a) => a.toPointId)) add(from, touching);
    }
    // The same two points, related in two different ways.
    for (const same of groupBy(group.filter((a) => a.fromPointId && a.toPointId), (a) => `${a.fromPointId}→${a.toPointId}`).values()) {
      if (new Set(same.map((a) => a.relation)).size > 1) add(same[0].toPointId!, same);
    }
  }
  return [...found.values()];
}

/** The alignments of a contradiction: readers see them as disputed, not as what happened. */
export function disputedAlignmentIds(contradictions: readonly Contradiction[]): Set<string> {
  return new Set(contradictions.flatMap((c) => c.alignmentIds));
}
