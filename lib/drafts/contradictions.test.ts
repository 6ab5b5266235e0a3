import { describe, expect, it } from "vitest";
import { findContradictions } from "./contradictions";
import type { LineageAlignment } from "./lineage";

const al = (id: string, from: string | null, to: string | null, relation: LineageAlignment["relation"], drafts = ["a", "b"]): LineageAlignment => ({
  id,
  fromPointId: from,
  toPointId: to,
  relation,
  fromDraftId: drafts[0],
  toDraftId: drafts[1],
});

describe("findContradictions", () => {
  it("finds a later point recorded both as split from an earlier point and as added", () => {
    const found = findContradictions([al("1", "a-12", "b-9", "split"), al("2", "a-12", "b-10", "split"), al("3", null, "b-9", "added")]);
    expect(found).toEqual([{ pointId: "b-9", alignmentIds: ["1", "3"], relations: ["added", "split"] }]);
  });

  it("finds an earlier point recorded both as dropped and as becoming a later point", () => {
    const found = findContradictions([al("1", "a-3", null, "dropped"), al("2", "a-3", "b-2", "modified")]);
    expect(found).toEqual([{ pointId: "a-3", alignmentIds: ["1", "2"], relations: ["dropped", "modified"] }]);
  });

  it("finds one pair of points given two different relations", () => {
    const found = findContradictions([al("1", "a-1", "b-1", "unchanged"), al("2", "a-1", "b-1", "modified")]);
    expect(found).toEqual([{ pointId: "b-1", alignmentIds: ["1", "2"], relations: ["modified", "unchanged"] }]);
  });

  it("accepts splits, merges, and the same point handled differently in another pair of drafts", () => {
    const consistent = [
      al("1", "a-12", "b-8", "split"),
      al("2", "a-12", "b-9", "split"),
      al("3", "a-4", "b-3", "merged"),
      al("4", "a-5", "b-3", "merged"),
      al("5", "a-7", null, "dropped"),
      al("6", null, "b-20", "added"),
      // a-7 comes back in a third draft: not a contradiction of its drop between a and b.
      al("7", "a-7", "c-1", "modified", ["a", "c"]),
    ];
    expect(findContradictions(consistent)).toEqual([]);
  });
});
