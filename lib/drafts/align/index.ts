// The draft-alignment engine: one module behind the UI, the API and the CLI.
//
//   splitPoints(text)                     pasted draft → { title?, preamble?, points, numbering, warnings }
//   alignPoints(base, candidate, options) two versions (texts or point lists) → AlignResult
//   toContractJson(result)                the JSON other tools read (AlignResult without diffs)
//
// A point list may come from the database: `{ label, text: null, title }` marks a point whose
// wording is unknown; it is matched on its title when it has one, and reported otherwise.
import { diffWordsWithSpace } from "diff";
import type { DiffSegment } from "@/lib/drafts/diff";
import { assign, type Item } from "./assign";
import { AlignError } from "./errors";
import { changeFlags } from "./flags";
import { pairLanguage } from "./language";
import { wordingKey } from "./normalize";
import { Idf, partyMatcher, Profiler } from "./similarity";
import { splitPoints, type Point } from "./split";
import type { AlignOptions, AlignResult, Link, PointInput } from "./types";
import { synsetsOf } from "./wordnet";

export { splitPoints } from "./split";
export { extractFile, extractText, MAX_BYTES } from "./extract";
export type { SplitResult, Numbering } from "./split";
export { AlignError, type AlignErrorCode } from "./errors";
export { detectLanguage, type Language } from "./language";
export type * from "./types";

/** Confidence of a link matched on a title alone (the text is unknown): a title names the
 * subject, not the terms, so such a link is never more than even odds. */
const TITLE_ONLY_CAP = 0.5;

function toInputs(side: string | PointInput[]): PointInput[] {
  return typeof side === "string" ? splitPoints(side).points : side;
}

function checkLabels(points: PointInput[], which: string) {
  const seen = new Set<string>();
  for (const p of points) {
    if (seen.has(p.label)) throw new AlignError("DUPLICATE_LABELS", `the ${which} version has point "${p.label}" more than once: give every point its own label`);
    seen.add(p.label);
  }
}

const segments = (a: string, b: string): DiffSegment[] =>
  diffWordsWithSpace(a, b).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));

export function alignPoints(baseSide: string | PointInput[], candidateSide: string | PointInput[], options: AlignOptions = {}): AlignResult {
  const base = toInputs(baseSide);
  const cand = toInputs(candidateSide);
  checkLabels(base, "base");
  checkLabels(cand, "candidate");
  if (options.minConfidence !== undefined && !(options.minConfidence >= 0 && options.minConfidence <= 1)) {
    throw new AlignError("BAD_OPTIONS", `minConfidence must be between 0 and 1 (got ${options.minConfidence})`);
  }
  const textOf = (p: PointInput) => p.text ?? p.title ?? "";
  const language = pairLanguage(base.map(textOf).join("\n"), cand.map(textOf).join("\n"), options.language);
  const parties = partyMatcher(options.parties ?? []);
  const profiler = new Profiler(language, parties);
  const warnings: string[] = [];

  const profile = (p: PointInput) => {
    const t = textOf(p).trim();
    return t ? profiler.profile(t) : null;
  };
  const bp = base.map(profile);
  const cp = cand.map(profile);
  const idf = new Idf([...bp, ...cp].filter((p) => p !== null));
  const items = (ps: typeof bp, pts: PointInput[]): Item[] => ps.map((p, index) => ({ index, profile: p, weighted: p ? idf.weigh(p) : null, titleOnly: pts[index].text === null }));
  for (const [side, pts] of [["base", base], ["candidate", cand]] as const) {
    for (const p of pts) {
      if (p.text === null && !p.title) warnings.push(`${side} point ${p.label}: text unknown, so it cannot be matched`);
      else if (p.text === null) warnings.push(`${side} point ${p.label}: text unknown, matched on its title only`);
    }
  }

  const groups = assign(items(bp, base), items(cp, cand), language, idf);
  const links: Link[] = [];
  for (const g of groups) {
    const bs = g.base.map((i) => base[i]);
    const cs = g.candidate.map((j) => cand[j]);
    const titleOnly = [...bs, ...cs].some((p) => p.text === null);
    let confidence = g.confidence;
    const reasons = [...g.reasons];
    if (titleOnly) {
      confidence = Math.min(confidence, TITLE_ONLY_CAP);
      reasons.push("the text of a point is unknown: matched on its title only");
    }
    if (options.minConfidence !== undefined && confidence < options.minConfidence) continue;
    const bText = bs.map(textOf).join("\n");
    const cText = cs.map(textOf).join("\n");
    const same = bs.length === 1 && cs.length === 1 && !titleOnly && wordingKey(bText) === wordingKey(cText);
    let diff: DiffSegment[] | undefined;
    const kind = bs.length > 1 ? "merged" : cs.length > 1 ? "split" : g.moved ? "moved" : same ? "unchanged" : "reworded";
    links.push({
      base: bs.map((p) => p.label),
      candidate: cs.map((p) => p.label),
      kind,
      confidence: Math.round(confidence * 1000) / 1000,
      flags: titleOnly ? [] : changeFlags(bText, cText, language, parties),
      reworded: !same,
      moved: g.moved,
      similarity: Math.round(g.similarity * 1000) / 1000,
      margin: Math.round(g.margin * 1000) / 1000,
      disorder: Math.round(g.disorder * 1000) / 1000,
      reasons,
      // Computed when first read: the CLI and the benchmark never need it.
      get diff() {
        diff ??= titleOnly ? [] : segments(bText, cText);
        return diff;
      },
    });
  }
  const linkedB = new Set(links.flatMap((l) => l.base));
  const linkedC = new Set(links.flatMap((l) => l.candidate));
  const asPoint = (p: PointInput): Point => ({ label: p.label, text: p.text ?? "" });
  return {
    base: { points: base.map(asPoint) },
    candidate: { points: cand.map(asPoint) },
    links,
    dropped: base.filter((p) => !linkedB.has(p.label)).map((p) => p.label),
    added: cand.filter((p) => !linkedC.has(p.label)).map((p) => p.label),
    language,
    warnings,
  };
}

/** The result as other tools read it: the contract's fields plus similarity, reworded, moved
 * and reasons; without the word diffs, which only the UI needs. */
export function toContractJson(result: AlignResult) {
  return {
    base: result.base,
    candidate: result.candidate,
    links: result.links.map(({ diff: _diff, ...link }) => link),
    dropped: result.dropped,
    added: result.added,
    language: result.language,
    warnings: result.warnings,
  };
}

/** Loads the WordNet indexes (about a second, once per process), so that the first alignment
 * a server answers is as fast as the others. */
export function warmUp(): void {
  for (const w of ["agreement", "withdraw", "forces"]) synsetsOf(w);
}
