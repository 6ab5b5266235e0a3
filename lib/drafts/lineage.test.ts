import { describe, expect, it } from "vitest";
import { traceLineage, type LineageAlignment } from "./lineage";

const al = (id: string, from: string | null, to: string | null, relation: LineageAlignment["relation"]): LineageAlignment => ({
  id,
  fromPointId: from,
  toPointId: to,
  relation,
  fromDraftId: from?.split("-")[0] ?? "x",
  toDraftId: to?.split("-")[0] ?? "x",
});

const alignments = [
  al("1", "p28-12", "geneva-a", "modified"),
  al("2", "p28-12", "p20-8", "split"),
  al("3", "p28-12", "p20-9", "split"),
  al("4", "p20-9", "p30-1", "merged"),
  al("5", "p28-13", "p30-1", "merged"),
  al("6", "p28-1", "p20-1", "unchanged"),
  al("7", "p28-26", null, "dropped"),
];

describe("traceLineage", () => {
  it("follows a point through splits and merges across every version, in both directions", () => {
    const fromLater = traceLineage("p30-1", alignments);
    expect([...fromLater.points].sort()).toEqual(["geneva-a", "p20-8", "p20-9", "p28-12", "p28-13", "p30-1"]);
    expect(fromLater.alignments.map((a) => a.id).sort()).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("keeps a dropped point's alignment and nothing unrelated", () => {
    const dropped = traceLineage("p28-26", alignments);
    expect([...dropped.points]).toEqual(["p28-26"]);
    expect(dropped.alignments.map((a) => a.id)).toEqual(["7"]);
  });

  it("returns the point alone when nothing is aligned to it", () => {
    expect(traceLineage("p20-5", alignments)).toEqual({ points: new Set(["p20-5"]), alignments: [] });
  });
});
