// Word-level difference between two point texts, with the `diff` library (jsdiff).
import { diffWords } from "diff";

export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };

export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** Share of the words that survive unchanged, 0–1; a rough "how much changed" figure. */
export function similarity(segments: DiffSegment[]): number {
  const words = (kind: DiffSegment["kind"]) =>
    segments.filter((s) => s.kind === kind).reduce((n, s) => n + (s.text.match(/\S+/g)?.length ?? 0), 0);
  const same = words("same");
  const total = same + Math.max(words("added"), words("removed"));
  return total === 0 ? 1 : same / total;
}
