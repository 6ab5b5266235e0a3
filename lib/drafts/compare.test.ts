import { describe, expect, it } from "vitest";
import { alignDrafts, countRelations, type CompareAlignment } from "./compare";

const pts = (draftId: string, ids: string[]) => ids.map((id, sortOrder) => ({ id, draftId, sortOrder }));
let n = 0;
const al = (from: string | null, to: string | null, relation: CompareAlignment["relation"], fromDraftId = "a", toDraftId = "b"): CompareAlignment => ({
  id: `al${++n}`,
  fromDraftId,
  toDraftId,
  fromPointId: from,
  toPointId: to,
  relation,
  reporting: "reported",
});

const A = pts("a", ["a1", "a2", "a3", "a4", "a5"]);
const B = pts("b", ["b1", "b2", "b3", "b4"]);
const alignments = [
  al("a1", "b1", "unchanged"),
  al("a2", "b2", "merged"),
  al("a3", "b2", "merged"),
  al("a4", null, "dropped"),
  al(null, "b3", "added"),
  al("a5", "b4", "moved"),
];

describe("alignDrafts", () => {
  it("puts merged points in one row and lines up moved, dropped and added points", () => {
    const rows = alignDrafts(A, B, alignments, "a", "b");
    expect(rows.map((r) => [r.left, r.right, r.relation])).toEqual([
      [["a1"], ["b1"], "unchanged"],
      [["a2", "a3"], ["b2"], "merged"],
      [["a4"], [], "dropped"],
      [[], ["b3"], "added"],
      [["a5"], ["b4"], "moved"],
    ]);
  });

  it("turns relations around when the drafts are compared the other way", () => {
    const rows = alignDrafts(B, A, alignments, "b", "a");
    const byRight = Object.fromEntries(rows.map((r) => [r.right.join("+") || r.left.join("+"), r.relation]));
    expect(byRight["a2+a3"]).toBe("split");
    expect(byRight["a4"]).toBe("added");
    expect(byRight["b3"]).toBe("dropped");
  });

  it("shows points without any recorded alignment as unaligned rather than guessing", () => {
    const rows = alignDrafts(A, pts("c", ["c1"]), alignments, "a", "c");
    expect(rows.every((r) => r.relation === "unaligned")).toBe(true);
    expect(rows).toHaveLength(6);
  });

  it("puts later points nothing is recorded about after every other row, never between aligned rows", () => {
    // b5 comes second in the later draft, but nothing says what it became or came from.
    const rows = alignDrafts(A, pts("b", ["b1", "b5", "b2", "b3", "b4"]), alignments, "a", "b");
    expect(rows.map((r) => [r.left, r.right, r.relation]).slice(-2)).toEqual([
      [["a5"], ["b4"], "moved"],
      [[], ["b5"], "unaligned"],
    ]);
    // An addition the reporting places stays where it belongs.
    expect(rows.findIndex((r) => r.right.includes("b3"))).toBe(3);
  });

  it("labels a paired row by its pairing, not by an addition attached to it", () => {
    const rows = alignDrafts(A, B, [al("a1", "b1", "modified"), al(null, "b1", "added")], "a", "b");
    expect(rows[0]).toMatchObject({ left: ["a1"], right: ["b1"], relation: "modified" });
  });

  it("keeps one stable key per row for permalinks", () => {
    const keys = alignDrafts(A, B, alignments, "a", "b").map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("a2+a3+b2");
  });
});

describe("countRelations", () => {
  it("counts rows per relation", () => {
    expect(countRelations(alignDrafts(A, B, alignments, "a", "b"))).toEqual({ unchanged: 1, merged: 1, dropped: 1, added: 1, moved: 1 });
  });
});
