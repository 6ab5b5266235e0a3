import { describe, expect, it } from "vitest";
import { latestOfLineage, type IntakeDraft } from "./drafts";
import { acceptAbove, diffReadable, flagNote, retarget, rowsFromProposal, rowsToLinks, titleFrom } from "./review";
import { labelNumber } from "./save";

const proposal = {
  links: [
    { base: ["1"], candidate: ["1"], kind: "unchanged" as const, confidence: 0.97, flags: [], reasons: [] },
    { base: ["2"], candidate: ["3"], kind: "moved" as const, confidence: 0.55, flags: [{ kind: "modal" as const, from: "shall", to: "may" }], reasons: [] },
    { base: ["3", "4"], candidate: ["2"], kind: "merged" as const, confidence: 0.85, flags: [], reasons: [] },
  ],
  dropped: ["5"],
  added: ["4"],
};

describe("review rows", () => {
  it("lists the least certain links first, then dropped and added points; accepts the confident ones", () => {
    const rows = rowsFromProposal(proposal);
    expect(rows.map((r) => [r.base.join("+"), r.candidate.join("+"), r.relation, r.accepted])).toEqual([
      ["2", "3", "moved", false],
      ["3+4", "2", "merged", true],
      ["1", "1", "unchanged", true],
      ["5", "", "dropped", true],
      ["", "4", "added", true],
    ]);
  });

  it("accepts every link at or above a confidence, and leaves the others", () => {
    const rows = acceptAbove(rowsFromProposal(proposal).map((r) => ({ ...r, accepted: false })), 0.8);
    expect(rows.filter((r) => r.accepted).map((r) => r.key)).toEqual(["3+4>2", "1>1"]);
  });

  it("re-targets an added point to a dropped one: both leave their rows, the earlier partner of nobody is gone", () => {
    const rows = retarget(rowsFromProposal(proposal), ">4", "5");
    expect(rows.find((r) => r.candidate.includes("4"))).toMatchObject({ base: ["5"], relation: "modified", confidence: null, accepted: true });
    expect(rows.some((r) => r.relation === "dropped")).toBe(false);
    expect(rows.some((r) => r.relation === "added")).toBe(false);
  });

  it("re-targets a point to one already linked: the other row's new point becomes added, the freed earlier point dropped", () => {
    const rows = retarget(rowsFromProposal(proposal), "2>3", "1");
    expect(rows.find((r) => r.candidate.includes("3"))).toMatchObject({ base: ["1"], relation: "modified" });
    expect(rows.find((r) => r.candidate.includes("1"))).toMatchObject({ base: [], relation: "added" });
    expect(rows.find((r) => r.base.includes("2"))).toMatchObject({ candidate: [], relation: "dropped" });
  });

  it("takes one earlier point out of a merge: the merge keeps the rest", () => {
    const rows = retarget(rowsFromProposal(proposal), ">4", "4");
    expect(rows.find((r) => r.candidate.includes("2"))).toMatchObject({ base: ["3"], relation: "modified" });
    expect(rows.find((r) => r.candidate.includes("4"))).toMatchObject({ base: ["4"] });
  });

  it("turns accepted rows into the save request, with the flags in words", () => {
    const links = rowsToLinks(rowsFromProposal(proposal), (label) => `id-${label}`);
    expect(links).toHaveLength(4);
    expect(links).toContainEqual({ base: ["id-3", "id-4"], candidate: ["2"], relation: "merged", note: null });
    expect(flagNote([{ kind: "modal", from: "shall", to: "may" }, { kind: "negation", change: "added", from: null, to: "not" }])).toBe("Flagged changes: modal shall → may; negation added");
  });
});

describe("point titles and labels", () => {
  it("starts a title from the first sentence, cut at a word", () => {
    expect(titleFrom("Ukraine's sovereignty is reaffirmed. Every signatory confirms it.")).toBe("Ukraine's sovereignty is reaffirmed");
    const long = titleFrom("The parties agree that all forces deployed along the contact line shall be withdrawn to a distance of fifteen kilometres within thirty days.");
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long.endsWith("…")).toBe(true);
  });

  it("reads the number a label stands for", () => {
    expect([labelNumber("12"), labelNumber("2a"), labelNumber("IV"), labelNumber("XIX"), labelNumber("#3x")]).toEqual([12, 2, 4, 19, null]);
  });
});

describe("word diffs worth showing", () => {
  it("shows a diff when most words are kept, and not when the text is rewritten", () => {
    const seg = (kind: "same" | "added" | "removed", text: string) => ({ kind, text });
    expect(diffReadable([seg("same", "Forces are capped at "), seg("removed", "600,000"), seg("added", "800,000"), seg("same", " personnel.")])).toBe(true);
    expect(diffReadable([seg("removed", "The US and Russia form a joint working group"), seg("added", "Ukraine gets a free-trade agreement with"), seg("same", " the")])).toBe(false);
  });
});

describe("the latest draft of a lineage", () => {
  const d = (id: string, date: string, revisesId: string | null): IntakeDraft => ({ id, negotiationId: "n", name: id, date, revisesId, status: "published", points: 1 });
  const drafts = [d("a", "2025-11-20", null), d("b", "2025-11-23", "a"), d("c", "2025-12-02", "b"), d("other", "2025-12-30", null)];
  it("follows revisions either way and picks the newest", () => {
    expect(latestOfLineage(drafts, "a")).toBe("c");
    expect(latestOfLineage(drafts, "c")).toBe("c");
    expect(latestOfLineage(drafts, "other")).toBe("other");
  });
});
