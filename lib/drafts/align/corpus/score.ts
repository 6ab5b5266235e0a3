// Scores an aligner against the corpus truth, and the BASELINE it is compared with.
import { munkres } from "munkres";
import { longestIncreasing } from "../assign";
import { wordingKey } from "../normalize";
import type { LinkKind, PointInput } from "../types";
import type { Case, TruthLink } from "./generate";

export type PredLink = { base: string[]; candidate: string[]; kind: LinkKind; confidence: number; flags: { kind: string }[] };
export type Prediction = { links: PredLink[]; dropped: string[]; added: string[] };

export type Tally = {
  cases: number;
  tp: number;
  fp: number;
  fn: number;
  kindRight: number;
  kindTotal: number;
  pointsRight: number;
  points: number;
  flagTp: number;
  flagFp: number;
  flagFn: number;
  flagged: boolean;
  confRight: number[];
  confWrong: number[];
};

export const emptyTally = (): Tally => ({ cases: 0, tp: 0, fp: 0, fn: 0, kindRight: 0, kindTotal: 0, pointsRight: 0, points: 0, flagTp: 0, flagFp: 0, flagFn: 0, flagged: false, confRight: [], confWrong: [] });

const pairsOf = (links: { base: string[]; candidate: string[] }[]) => new Set(links.flatMap((l) => l.base.flatMap((b) => l.candidate.map((c) => `${b}>${c}`))));
const groupKey = (l: { base: string[]; candidate: string[] }) => `${[...l.base].sort().join(",")}>${[...l.candidate].sort().join(",")}`;

/** The kind a truth link has under the contract: merged/split by shape, moved when off the
 * longest run of base order kept in the candidate, unchanged when the wording is the same. */
export function truthKinds(c: Case): Map<string, LinkKind> {
  const bi = new Map(c.base.map((p, k) => [p.label, k]));
  const ci = new Map(c.candidate.map((p, k) => [p.label, k]));
  const links = [...c.truth.links].sort((x, y) => Math.min(...x.base.map((b) => bi.get(b)!)) - Math.min(...y.base.map((b) => bi.get(b)!)));
  const first = (l: TruthLink) => [Math.min(...l.base.map((b) => bi.get(b)!)), Math.min(...l.candidate.map((x) => ci.get(x)!))];
  const inOrder = longestIncreasing(
    links.map((l) => first(l)[1]),
    links.map((l) => Math.abs(first(l)[0] / c.base.length - first(l)[1] / c.candidate.length)),
  );
  const text = (ps: PointInput[], labels: string[]) => labels.map((l) => ps.find((p) => p.label === l)?.text ?? "").join("\n");
  const out = new Map<string, LinkKind>();
  links.forEach((l, k) => {
    const kind: LinkKind =
      l.base.length > 1 ? "merged" : l.candidate.length > 1 ? "split" : !inOrder.has(k) ? "moved" : wordingKey(text(c.base, l.base)) === wordingKey(text(c.candidate, l.candidate)) ? "unchanged" : "reworded";
    out.set(groupKey(l), kind);
  });
  return out;
}

export function scoreCase(c: Case, p: Prediction, t: Tally, kinds?: Map<string, LinkKind>): void {
  t.cases++;
  const truthPairs = pairsOf(c.truth.links);
  const predPairs = pairsOf(p.links);
  for (const x of predPairs) {
    if (truthPairs.has(x)) t.tp++;
    else t.fp++;
  }
  for (const x of truthPairs) if (!predPairs.has(x)) t.fn++;

  const truthGroups = new Map<string, TruthLink>(c.truth.links.map((l) => [groupKey(l), l]));
  const tk = kinds ?? truthKinds(c);
  for (const l of p.links) {
    const g = truthGroups.get(groupKey(l));
    const pairs = l.base.flatMap((b) => l.candidate.map((x) => `${b}>${x}`));
    const right = pairs.filter((x) => truthPairs.has(x)).length;
    if (right === pairs.length) t.confRight.push(l.confidence);
    else if (right === 0) t.confWrong.push(l.confidence);
    if (!g) continue;
    t.kindTotal++;
    if (tk.get(groupKey(l)) === l.kind) t.kindRight++;
    if (c.flagsAnnotated) {
      t.flagged = true;
      const want = new Set(g.flags);
      const got = new Set(l.flags.map((f) => f.kind));
      for (const k of got) {
        if (want.has(k as never)) t.flagTp++;
        else t.flagFp++;
      }
      for (const k of want) if (!got.has(k)) t.flagFn++;
    }
  }
  const td = new Set(c.truth.dropped);
  const ta = new Set(c.truth.added);
  const pd = new Set(p.dropped);
  const pa = new Set(p.added);
  for (const b of c.base) {
    t.points++;
    if (td.has(b.label) === pd.has(b.label)) t.pointsRight++;
  }
  for (const x of c.candidate) {
    t.points++;
    if (ta.has(x.label) === pa.has(x.label)) t.pointsRight++;
  }
}

export function summary(t: Tally) {
  const precision = t.tp / (t.tp + t.fp || 1);
  const recall = t.tp / (t.tp + t.fn || 1);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  return {
    cases: t.cases,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    kindAccuracy: t.kindTotal ? t.kindRight / t.kindTotal : NaN,
    addDropAccuracy: t.points ? t.pointsRight / t.points : NaN,
    flagPrecision: t.flagged ? t.flagTp / (t.flagTp + t.flagFp || 1) : NaN,
    flagRecall: t.flagged ? t.flagTp / (t.flagTp + t.flagFn || 1) : NaN,
    confRight: mean(t.confRight),
    confWrong: mean(t.confWrong),
    wrongLinks: t.confWrong.length,
  };
}

/** The baseline: TF-IDF over lower-cased words, cosine, one-to-one Hungarian assignment and a
 * threshold — nothing else (no stemming, meanings, merges, splits or flags). */
export function baseline(base: PointInput[], cand: PointInput[], threshold: number): Prediction {
  const toks = (p: PointInput) => (p.text ?? p.title ?? "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const docs = [...base, ...cand].map(toks);
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const vec = (d: string[]) => {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, n] of tf) {
      const x = n * Math.log(1 + docs.length / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) };
  };
  const bv = base.map((p) => vec(toks(p)));
  const cv = cand.map((p) => vec(toks(p)));
  const sim = (a: ReturnType<typeof vec>, b: ReturnType<typeof vec>) => {
    if (!a.norm || !b.norm) return 0;
    let s = 0;
    for (const [w, x] of a.v) s += x * (b.v.get(w) ?? 0);
    return s / (a.norm * b.norm);
  };
  const S = bv.map((a) => cv.map((b) => sim(a, b)));
  const links: PredLink[] = [];
  if (base.length && cand.length) {
    for (const [i, j] of munkres(S.map((row) => row.map((s) => 1 - s)))) {
      if (S[i][j] < threshold) continue;
      const same = wordingKey(base[i].text ?? "") === wordingKey(cand[j].text ?? "");
      links.push({ base: [base[i].label], candidate: [cand[j].label], kind: same ? "unchanged" : "reworded", confidence: S[i][j], flags: [] });
    }
  }
  const lb = new Set(links.flatMap((l) => l.base));
  const lc = new Set(links.flatMap((l) => l.candidate));
  return { links, dropped: base.filter((p) => !lb.has(p.label)).map((p) => p.label), added: cand.filter((p) => !lc.has(p.label)).map((p) => p.label) };
}
