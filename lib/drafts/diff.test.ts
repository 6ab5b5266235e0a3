import { describe, expect, it } from "vitest";
import { similarity, wordDiff } from "./diff";

describe("wordDiff", () => {
  it("marks the words removed and added between two versions of a point", () => {
    const segments = wordDiff("Ukraine's armed forces are capped at 600,000.", "Ukraine's armed forces are capped at 800,000 in peacetime.");
    const removed = segments.filter((s) => s.kind === "removed").map((s) => s.text).join(" ");
    const added = segments.filter((s) => s.kind === "added").map((s) => s.text).join(" ");
    expect(removed).toMatch(/600/);
    expect(removed).not.toMatch(/capped/);
    expect(added).toMatch(/800/);
    expect(added).toMatch(/peacetime/);
    // Reassembling the "same" and "added" parts gives the new text back.
    expect(segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("")).toBe("Ukraine's armed forces are capped at 800,000 in peacetime.");
  });

  it("reports identical texts as unchanged", () => {
    const segments = wordDiff("No change here.", "No change here.");
    expect(segments).toEqual([{ kind: "same", text: "No change here." }]);
    expect(similarity(segments)).toBe(1);
  });

  it("scores a rewrite as less similar than a one-word edit", () => {
    const small = similarity(wordDiff("a b c d e f g h", "a b c d e f g x"));
    const large = similarity(wordDiff("a b c d e f g h", "p q r s t u v w"));
    expect(small).toBeGreaterThan(large);
    expect(large).toBe(0);
  });
});
