// The review screen's rows, as pure functions (no React), so the rules are tested apart from
// the UI: rows from the engine's proposal, re-targeting a row, accepting above a confidence,
// and the rows as the save request wants them.
import type { DiffSegment } from "@/lib/drafts/diff";
import type { Flag, LinkKind } from "@/lib/drafts/align/types";
import type { AlignmentRelation } from "@/lib/domain/enums";

export type ReviewRow = {
  key: string;
  /** Base labels and new-draft labels, in document order. */
  base: string[];
  candidate: string[];
  relation: AlignmentRelation;
  /** The engine's confidence; null for rows the editor made or changed. */
  confidence: number | null;
  flags: Flag[];
  reasons: string[];
  diff: DiffSegment[] | null;
  accepted: boolean;
};

/** The engine's link kinds in the words the database stores. */
export const RELATION_OF: Record<LinkKind, AlignmentRelation> = { unchanged: "unchanged", reworded: "modified", moved: "moved", merged: "merged", split: "split" };

/** Links at or above this are accepted by default: in the engine's calibration (docs/benchmarks.md)
 * all but a few links above 0.8 are right, but only about three in four between 0.6 and 0.8 and
 * half between 0.4 and 0.6, so those wait for the editor's yes or no. */
export const DEFAULT_ACCEPT_AT = 0.8;

/** A word diff is shown when at least this share of the words is kept; below it the two texts
 * are rewritten so much that strikes and insertions only hide them, so they are shown plainly. */
export const DIFF_READABLE_SHARE = 0.5;

export function diffReadable(diff: DiffSegment[]): boolean {
  const words = (kind: DiffSegment["kind"]) => diff.filter((d) => d.kind === kind).reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  const same = words("same");
  return same / Math.max(1, same + Math.max(words("added"), words("removed"))) >= DIFF_READABLE_SHARE;
}

type Proposal = {
  links: { base: string[]; candidate: string[]; kind: LinkKind; confidence: number; flags: Flag[]; reasons: string[] }[];
  dropped: string[];
  added: string[];
  diffs?: Record<string, DiffSegment[]>;
};

const keyOf = (base: string[], candidate: string[]) => `${base.join("+")}>${candidate.join("+")}`;

/** Rows from a proposal, lowest confidence first (rows without one — dropped, added — last). */
export function rowsFromProposal(p: Proposal): ReviewRow[] {
  const rows: ReviewRow[] = p.links.map((l) => ({
    key: keyOf(l.base, l.candidate),
    base: l.base,
    candidate: l.candidate,
    relation: RELATION_OF[l.kind],
    confidence: l.confidence,
    flags: l.flags,
    reasons: l.reasons,
    diff: p.diffs?.[keyOf(l.base, l.candidate)] ?? null,
    accepted: l.confidence >= DEFAULT_ACCEPT_AT,
  }));
  const lone = (base: string[], candidate: string[], relation: "dropped" | "added"): ReviewRow => ({ key: keyOf(base, candidate), base, candidate, relation, confidence: null, flags: [], reasons: [], diff: null, accepted: true });
  return sortRows([...rows, ...p.dropped.map((d) => lone([d], [], "dropped")), ...p.added.map((a) => lone([], [a], "added"))]);
}

export function sortRows(rows: ReviewRow[]): ReviewRow[] {
  return [...rows].sort((a, b) => (a.confidence ?? 2) - (b.confidence ?? 2));
}

/**
 * Links the row's new point(s) to `baseLabel` instead (or to nothing: the new point is then
 * added). The base point leaves the row it was in; base points left without a row are dropped.
 */
export function retarget(rows: ReviewRow[], key: string, baseLabel: string | null): ReviewRow[] {
  const row = rows.find((r) => r.key === key);
  if (!row || row.candidate.length === 0) return rows;
  const freed = row.base.filter((b) => b !== baseLabel);
  const next: ReviewRow[] = [];
  for (const r of rows) {
    if (r.key === key) continue;
    if (!baseLabel || !r.base.includes(baseLabel)) {
      next.push(r);
      continue;
    }
    const rest = r.base.filter((b) => b !== baseLabel);
    if (r.candidate.length === 0) continue; // a dropped row of that base point: it is linked now
    if (rest.length === 0) next.push(...r.candidate.map((c) => manual([], [c], "added")));
    else next.push(manual(rest, r.candidate, rest.length > 1 ? "merged" : "modified"));
  }
  next.push(...(baseLabel ? [manual([baseLabel], row.candidate, row.candidate.length > 1 ? "split" : "modified")] : row.candidate.map((c) => manual([], [c], "added"))));
  next.push(...freed.map((b) => manual([b], [], "dropped")));
  return sortRows(next);
}

function manual(base: string[], candidate: string[], relation: AlignmentRelation): ReviewRow {
  return { key: keyOf(base, candidate), base, candidate, relation, confidence: null, flags: [], reasons: ["set by the editor"], diff: null, accepted: true };
}

/** Accepts every link at or above `threshold`, leaving the others as they are. */
export function acceptAbove(rows: ReviewRow[], threshold: number): ReviewRow[] {
  return rows.map((r) => (r.confidence !== null && r.confidence >= threshold ? { ...r, accepted: true } : r));
}

const flagWords = (f: Flag) => (f.kind === "negation" ? `negation ${f.change}` : `${f.kind} ${f.from ?? "—"} → ${f.to ?? "—"}`);

/** The engine's flags in words, as the alignment's note keeps them for readers. */
export function flagNote(flags: Flag[]): string | null {
  return flags.length ? `Flagged changes: ${flags.map(flagWords).join("; ")}` : null;
}

export { flagWords };

/** The accepted rows as the save request takes them: base labels → stored point ids. */
export function rowsToLinks(rows: ReviewRow[], baseIdOf: (label: string) => string) {
  return rows.filter((r) => r.accepted).map((r) => ({ base: r.base.map(baseIdOf), candidate: r.candidate, relation: r.relation, note: flagNote(r.flags) }));
}

/** A point's title to start from: its first sentence, cut at a word within 90 characters. */
export function titleFrom(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.;:!?])(\s|$)/.exec(one)?.[1] ?? one;
  if (sentence.length <= 90) return sentence.replace(/[.;:]$/, "");
  const cut = sentence.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 90)}…`;
}
