// Which points correspond: an optimal one-to-one assignment first (Hungarian algorithm, from
// `munkres`), then merges and splits on top of it, then moved-or-in-place and a confidence.
import { munkres } from "munkres";
import type { Language } from "./language";
import { cosine, type Idf, similarityMatrix, sumProfiles, type Profile, type Weighted } from "./similarity";

/** `titleOnly`: the text is unknown and the profile is its title's. */
export type Item = { index: number; profile: Profile | null; weighted: Weighted | null; titleOnly?: boolean };

export type Group = {
  base: number[];
  candidate: number[];
  similarity: number;
  /** Similarity minus the best alternative partner of any member. */
  margin: number;
  confidence: number;
  moved: boolean;
  reasons: string[];
  /** Linked by the weak-link pass. */
  weak?: boolean;
  /** 0–1: how far the words the two sides share are out of their order, times how far the
   * link is out of its neighbours' context (see disorderOf). */
  disorder: number;
};

/** Least combined similarity for two points to be the same point. Unrelated points of one
 * draft share its subject vocabulary (the parties, "agreement", "forces") and its WordNet
 * neighbourhood: on the synthetic training variants a point's most similar wrong partner
 * scores 0.19 at the median and 0.27 at the 90th percentile, while 95 % of true pairs (synonym
 * rewrites, reordered clauses, changed voice) score 0.38 or more. 0.3 sits between the two. */
export const LINK = 0.3;

/** Below LINK, a pair still links when each point is the other's clear first choice (by
 * MUTUAL_MARGIN over its next option) and the similarity is at least LINK_MUTUAL: a heavy
 * paraphrase of a short point keeps few words, but nothing else competes for it. Half of
 * LINK: under it, "best" is mostly the least unrelated of unrelated points. */
export const LINK_MUTUAL = 0.15;
export const MUTUAL_MARGIN = 0.02;

/** Weak links (after every other pass): two unlinked points whose similarity, however low, is
 * above everything else either of them has with any point of the other side, linked or not —
 * by WEAK_RATIO (a quarter; at these levels the additive MUTUAL_MARGIN alone is the weight of
 * a stray shared word) and by MUTUAL_MARGIN. A heavily redrafted short point ("take measures
 * to improve the humanitarian situation" → "ensure safe access to humanitarian assistance")
 * keeps one or two words, but nothing else in either draft competes for it. A dropped point
 * and a new one rarely pass, because each is usually closer to some linked point on the same
 * subject than to the other. LINK_WEAK is only a floor against pairs that share no word at all
 * (a few character 4-grams): on the synthetic variants no pair passes this test at any floor
 * from 0.03 to 0.1, so the floor is not fitted. */
export const LINK_WEAK = 0.05;
export const WEAK_RATIO = 1.25;

/** Confidence of a weak link is at most this: it rests on one or two shared words, so the UI
 * shows it as a suggestion to check (below the even odds of a title-only link). */
export const WEAK_CAP = 0.4;

/** A part of a merge or split must have at least 40 % of its own content in the whole: a
 * point that shares a few words with another is not a fragment of it, but a redrafted part
 * often gains words of its own (on the development variants 0.4 finds more true parts than
 * 0.5 and no false ones; the GAIN test below still has to pass). */
export const PART = 0.4;

/** Adding a part must raise the group's similarity by at least this much; otherwise the extra
 * point adds nothing the link did not already explain (a near-duplicate, or an unrelated point
 * on the same subject). */
export const GAIN = 0.04;

/** A part must also be at least this similar to the whole on its own: coverage alone would let
 * a three-word point "fit" inside any long one. */
export const PART_SIM = 0.15;

/** Two points of one side this similar are near-duplicates (one copied with a detail
 * changed): when the other side has one point for the pair, it is one of them that survived,
 * not the two merged (or split), so a merge or split never takes both. Unrelated points of a
 * draft score under 0.3 against each other (see LINK) and the parts of true merges and splits
 * under 0.5 on every tier of the corpus; a copy with one number or party changed scores 0.85
 * or more. 0.7 sits between. */
export const TWIN = 0.7;

/** Confidence is a logistic function of the link's similarity, of its margin over the best
 * alternative partner of any of its points (a contested link — two near-duplicates competing
 * for one point — is less sure than a clear one), of whether it is a merge or split, and of
 * its disorder (DISORDER_WEIGHT below). The coefficients were fitted by logistic regression
 * (`npm run bench:align -- --fit`) on variants of the development sources with seeds no
 * measured case uses: 1,207 links, 36 of them wrong. Refit them when the similarity changes. */
const CONF = { similarity: 3.38, margin: 3.96, composite: 0.9, intercept: -0.42 };

/** Weight of the disorder (see disorderOf) in the same logistic function. Most wrong links on
 * the calibration cases are a new point made of a dropped point's words: fairly similar, with
 * a clear margin, so the terms above give them 0.8 or more. What gives them away is that the
 * shared words no longer stand next to each other and the link sits among other neighbours
 * than its base point had. Fitted like CONF (`npm run bench:align -- --fit`, same cases, same
 * L2 of 0.001, on a disorder scaled to 0–1) with the terms above held fixed. Refitting them
 * too makes them trust weak links more once the disorder explains the wrong ones (fitted
 * jointly, the intercept goes from -0.42 to +0.7), and the calibration cases hold no heavy real
 * paraphrase, which keeps few words in order (Minsk I → Minsk II) and whose weak links would
 * then go unchecked. */
export const DISORDER_WEIGHT = -4.34;

/** From this disorder on the reasons say so: out of context on one side with half the pairs
 * broken, or on both with a quarter. It costs about one unit of log-odds (0.95 → 0.87), so below
 * it the link is as sure as before within a few hundredths and a note would be noise. */
const DISORDER_NOTE = 0.25;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function confidenceOf(similarity: number, margin: number, composite = false, disorder = 0): number {
  return sigmoid(CONF.similarity * similarity + CONF.margin * margin + (composite ? CONF.composite : 0) + DISORDER_WEIGHT * disorder + CONF.intercept);
}

/** The content stems of a point in reading order (numbers by value; function words left out). */
function contentStems(p: Profile | null): string[] {
  if (!p) return [];
  return p.tokens.filter((t) => !t.stop && !(t.kind === "word" && t.lower.length < 2)).map((t) => t.stem);
}

/** A rewording keeps phrases: of two shared words next to each other in the base point, most
 * are still next to each other in the candidate (right links on the training variants keep
 * 97 % of them on average; a change of voice turns a clause around, so either order counts).
 * A new point that reuses a dropped point's words puts them into sentences of its own. Both
 * sequences are cut down to the stems they share (a word in between that the other side
 * dropped or replaced does not break a pair). Returns the share of pairs broken, pulled
 * towards the rate of a rewording (ORDER_PRIOR) by ORDER_WEIGHT pseudo-pairs, so that with two
 * or three shared words one broken pair is weak evidence. Both were chosen on the calibration
 * cases by the log-loss of the fitted confidence: of six settings (1–3 pseudo-pairs at
 * 0.5–0.97), one pseudo-pair at 0.9 is best, 0.052 against 0.054–0.058. */
const ORDER_PRIOR = 0.9;
const ORDER_WEIGHT = 1;
export function brokenOrder(b: string[], c: string[]): number {
  const inC = new Set(c);
  const common = new Set(b.filter((x) => inC.has(x)));
  const cut = (xs: string[]) => xs.filter((x) => common.has(x)).filter((x, k, ys) => x !== ys[k - 1]);
  const bs = cut(b);
  const cs = cut(c);
  const near = new Set<string>();
  for (let k = 1; k < cs.length; k++) near.add(`${cs[k - 1]} ${cs[k]}`).add(`${cs[k]} ${cs[k - 1]}`);
  let pairs = 0;
  let kept = 0;
  for (let k = 1; k < bs.length; k++) {
    pairs++;
    if (near.has(`${bs[k - 1]} ${bs[k]}`)) kept++;
  }
  return 1 - (kept + ORDER_WEIGHT * ORDER_PRIOR) / (pairs + ORDER_WEIGHT);
}

/** Longest strictly increasing subsequence; returns the indexes of `values` that are on it.
 * Among runs of equal length, the one whose members moved least (smallest total `shift`,
 * e.g. the change of relative position) is kept, so that the links called "moved" are the ones
 * that did move. */
export function longestIncreasing(values: number[], shift: number[] = values.map(() => 0)): Set<number> {
  const n = values.length;
  const len = new Array<number>(n).fill(1);
  const cost = [...shift];
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < i; k++) {
      if (values[k] >= values[i]) continue;
      const l = len[k] + 1;
      const c = cost[k] + shift[i];
      if (l > len[i] || (l === len[i] && c < cost[i])) {
        len[i] = l;
        cost[i] = c;
        prev[i] = k;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end === -1 || len[i] > len[end] || (len[i] === len[end] && cost[i] < cost[end])) end = i;
  const on = new Set<number>();
  for (let k = end; k !== -1; k = prev[k]) on.add(k);
  return on;
}

export function assign(bases: Item[], cands: Item[], language: Language, idf: Idf): Group[] {
  const nb = bases.length;
  const nc = cands.length;
  const { S, full, baseIn, candIn } = similarityMatrix(
    bases.map((b) => b.weighted),
    cands.map((c) => c.weighted),
    language,
  );
  // A title names a subject in a few words: against a full text, the evidence is whether those
  // words are found there, not how alike two texts of very different length are.
  for (let i = 0; i < nb; i++)
    for (let j = 0; j < nc; j++) {
      if (!full[i][j] || bases[i].titleOnly === cands[j].titleOnly) continue;
      S[i][j] = Math.max(S[i][j], bases[i].titleOnly ? baseIn[i][j] : candIn[i][j]);
    }

  // One-to-one: maximise the total similarity over pairs at or above LINK. Pairs below it cost
  // as much as no pair at all, so the assignment never trades a good link for a bad one. A
  // tiny bonus for keeping the relative position breaks exact ties (identical duplicates)
  // in reading order.
  const groups: Group[] = [];
  const baseGroup = new Array<number>(nb).fill(-1);
  const candGroup = new Array<number>(nc).fill(-1);
  if (nb && nc) {
    const cost = S.map((row, i) => row.map((s, j) => (s >= LINK_MUTUAL ? 1 - s - 0.001 * (1 - Math.abs(i / nb - j / nc)) : 1)));
    const clearFirst = (i: number, j: number) => {
      for (let k = 0; k < nc; k++) if (k !== j && S[i][k] > S[i][j] - MUTUAL_MARGIN) return false;
      for (let k = 0; k < nb; k++) if (k !== i && S[k][j] > S[i][j] - MUTUAL_MARGIN) return false;
      return true;
    };
    for (const [i, j] of munkres(cost)) {
      if (S[i][j] < LINK_MUTUAL || (S[i][j] < LINK && !clearFirst(i, j))) continue;
      baseGroup[i] = candGroup[j] = groups.length;
      groups.push({ base: [i], candidate: [j], similarity: S[i][j], margin: 0, confidence: 0, disorder: 0, moved: false, reasons: [] });
    }
  }

  const vecs = new Map<string, Weighted>();
  const vec = (items: Item[], idx: number[]) => {
    if (idx.length === 1) return items[idx[0]].weighted!;
    const key = `${items === bases ? "b" : "c"}${idx.join(",")}`;
    let v = vecs.get(key);
    if (!v) {
      v = idf.weigh(sumProfiles(idx.map((k) => items[k].profile!)));
      vecs.set(key, v);
    }
    return v;
  };
  const groupSim = (g: Group) => cosine(vec(bases, g.base), vec(cands, g.candidate), language);
  const twins = (items: Item[], a: number, b: number) => !!items[a].weighted && !!items[b].weighted && cosine(items[a].weighted!, items[b].weighted!, language) >= TWIN;

  // Merges and splits. A split is one base point whose content now sits in several candidate
  // points, wherever they are; a merge the reverse. Proposals are tried from the part most
  // contained in its whole down.
  type Proposal = { kind: "split" | "merge"; whole: number; part: number; cover: number };
  const proposals: Proposal[] = [];
  for (let i = 0; i < nb; i++) {
    for (let j = 0; j < nc; j++) {
      if (S[i][j] < PART_SIM || !full[i][j]) continue;
      const partC = candIn[i][j];
      if (partC >= PART) proposals.push({ kind: "split", whole: i, part: j, cover: partC });
      const partB = baseIn[i][j];
      if (partB >= PART) proposals.push({ kind: "merge", whole: j, part: i, cover: partB });
    }
  }
  proposals.sort((a, b) => b.cover - a.cover);

  const detach = (g: number) => {
    for (const i of groups[g].base) baseGroup[i] = -1;
    for (const j of groups[g].candidate) candGroup[j] = -1;
    groups[g] = { ...groups[g], base: [], candidate: [] };
  };

  for (const p of proposals) {
    const split = p.kind === "split";
    const wholeOf = split ? baseGroup : candGroup;
    const partOf = split ? candGroup : baseGroup;
    const g = wholeOf[p.whole];
    const pg = partOf[p.part];
    if (g !== -1 && pg === g) continue;
    // The whole's group may only grow on the part's side (no many-to-many groups).
    if (g !== -1 && (split ? groups[g].base.length : groups[g].candidate.length) > 1) continue;
    // The part may come from nowhere, or from a one-to-one link it fits less well.
    if (pg !== -1) {
      const other = groups[pg];
      if (other.base.length > 1 || other.candidate.length > 1) continue;
      const partnerSim = split ? S[other.base[0]][p.part] : S[p.part][other.candidate[0]];
      const hereSim = split ? S[p.whole][p.part] : S[p.part][p.whole];
      if (partnerSim >= hereSim) continue;
    }
    const partItems = split ? cands : bases;
    if (g !== -1 && (split ? groups[g].candidate : groups[g].base).some((k) => twins(partItems, k, p.part))) continue;
    const current: Group =
      g !== -1 ? groups[g] : { base: split ? [p.whole] : [], candidate: split ? [] : [p.whole], similarity: 0, margin: 0, confidence: 0, disorder: 0, moved: false, reasons: [] };
    const trial: Group = split ? { ...current, candidate: [...current.candidate, p.part].sort((a, b) => a - b) } : { ...current, base: [...current.base, p.part].sort((a, b) => a - b) };
    const before = current.base.length && current.candidate.length ? current.similarity : 0;
    const after = groupSim(trial);
    if (after < LINK || after < before + GAIN) continue;
    // For a part taken from another link, the group must gain more than that link loses.
    if (pg !== -1 && after - before < groups[pg].similarity - LINK) continue;
    if (pg !== -1) detach(pg);
    trial.similarity = after;
    if (g !== -1) groups[g] = trial;
    else groups.push(trial);
    const id = g !== -1 ? g : groups.length - 1;
    for (const i of trial.base) baseGroup[i] = id;
    for (const j of trial.candidate) candGroup[j] = id;
  }

  // A point left alone whose fragments, each too small to link on its own, together make it
  // up (a split or merge into short points): group them if the whole passes LINK.
  for (const split of [true, false]) {
    const wholeCount = split ? nb : nc;
    for (let w = 0; w < wholeCount; w++) {
      if ((split ? baseGroup : candGroup)[w] !== -1) continue;
      const parts = proposals.filter((p) => p.kind === (split ? "split" : "merge") && p.whole === w && (split ? candGroup : baseGroup)[p.part] === -1).map((p) => p.part);
      if (parts.length < 2) continue;
      const items = split ? cands : bases;
      if (parts.some((a, k) => parts.slice(k + 1).some((b) => twins(items, a, b)))) continue;
      const trial: Group = { base: split ? [w] : parts.sort((a, b) => a - b), candidate: split ? parts.sort((a, b) => a - b) : [w], similarity: 0, margin: 0, confidence: 0, disorder: 0, moved: false, reasons: [] };
      trial.similarity = groupSim(trial);
      const best = Math.max(...parts.map((q) => (split ? S[w][q] : S[q][w])));
      if (trial.similarity < LINK || trial.similarity < best + GAIN) continue;
      groups.push(trial);
      for (const i of trial.base) baseGroup[i] = groups.length - 1;
      for (const j of trial.candidate) candGroup[j] = groups.length - 1;
    }
  }

  // Elaboration: a later draft often spells one short point out in several longer ones
  // ("hold early local elections" → a dialogue on their modalities, and their agreement under
  // OSCE standards), each of which contains the short point rather than being contained in it,
  // so the fragment test above does not see it. A candidate point joins a base point's link as
  // one more part when that base point is its clear first choice (by MUTUAL_MARGIN over any
  // other), reaches LINK with it, and holds at least PART of that base point's content — as the
  // parts already linked do — and the whole matches the parts together at least as well as
  // before. A one-to-one link the candidate point leaves is undone; its base point is then
  // free for the passes below. Only in this direction: several base points that each contain one
  // candidate point is what near-duplicates look like when only one of them survives.
  const displaced: { k: number; g: number }[] = [];
  for (let j = 0; j < nc; j++) {
    let i = -1;
    for (let k = 0; k < nb; k++) if (full[k][j] && (i === -1 || S[k][j] > S[i][j])) i = k;
    if (i === -1 || S[i][j] < LINK || baseIn[i][j] < PART) continue;
    let clear = true;
    for (let k = 0; k < nb; k++) if (k !== i && S[k][j] > S[i][j] - MUTUAL_MARGIN) clear = false;
    const g = baseGroup[i];
    if (!clear || g === -1 || candGroup[j] === g || groups[g].base.length > 1) continue;
    if (!groups[g].candidate.every((c) => full[i][c] && baseIn[i][c] >= PART)) continue;
    const pg = candGroup[j];
    if (pg !== -1 && (groups[pg].base.length > 1 || groups[pg].candidate.length > 1)) continue;
    const trial: Group = { ...groups[g], candidate: [...groups[g].candidate, j].sort((a, b) => a - b) };
    const after = groupSim(trial);
    if (after < groups[g].similarity) continue;
    if (pg !== -1) {
      displaced.push({ k: groups[pg].base[0], g });
      detach(pg);
    }
    trial.similarity = after;
    groups[g] = trial;
    candGroup[j] = g;
  }
  // A base point that lost its partner to an elaboration is judged again as if the
  // elaboration's points were not there (the one-to-one assignment gave it that partner only
  // because the partner's own counterpart could take one point): it links to its best open
  // candidate point by the rules of the first pass — LINK, or LINK_MUTUAL and a clear first
  // choice both ways.
  for (const { k, g } of displaced) {
    if (baseGroup[k] !== -1) continue;
    const skipB = new Set(groups[g].base);
    const skipC = new Set(groups[g].candidate);
    let j = -1;
    for (let c = 0; c < nc; c++) if (candGroup[c] === -1 && full[k][c] && (j === -1 || S[k][c] > S[k][j])) j = c;
    if (j === -1 || S[k][j] < LINK_MUTUAL) continue;
    let clear = true;
    for (let c = 0; c < nc; c++) if (c !== j && !skipC.has(c) && S[k][c] > S[k][j] - MUTUAL_MARGIN) clear = false;
    for (let b = 0; b < nb; b++) if (b !== k && !skipB.has(b) && S[b][j] > S[k][j] - MUTUAL_MARGIN) clear = false;
    if (S[k][j] < LINK && !clear) continue;
    baseGroup[k] = candGroup[j] = groups.length;
    groups.push({ base: [k], candidate: [j], similarity: S[k][j], margin: 0, confidence: 0, disorder: 0, moved: false, reasons: ["linked again after its first partner went to an elaboration of another point"] });
  }

  let live = groups.filter((g) => g.base.length && g.candidate.length);

  // Gaps: between two links that keep the base order, the points left over on each side
  // usually are the same points rewritten beyond recognition (a drafter revises a passage in
  // place). There, the best remaining pair links if it reaches LINK_MUTUAL and is the best
  // for both its points within the gap; the gap is then cut in two and searched again.
  const shift = (g: Group) => Math.abs(g.base[0] / nb - g.candidate[0] / nc);
  const ordered = () => {
    live.sort((a, b) => a.base[0] - b.base[0]);
    const on = longestIncreasing(
      live.map((g) => g.candidate[0]),
      live.map(shift),
    );
    return live.filter((_, k) => on.has(k));
  };
  const anchors = ordered();
  const fillGap = (b0: number, b1: number, c0: number, c1: number) => {
    let best: [number, number, number] | null = null;
    for (let i = b0; i <= b1; i++) {
      if (baseGroup[i] !== -1) continue;
      for (let j = c0; j <= c1; j++) if (candGroup[j] === -1 && full[i][j] && S[i][j] >= LINK_MUTUAL && (!best || S[i][j] > best[2])) best = [i, j, S[i][j]];
    }
    if (!best) return;
    const [i, j, sim] = best;
    baseGroup[i] = candGroup[j] = groups.length;
    const g: Group = { base: [i], candidate: [j], similarity: sim, margin: 0, confidence: 0, disorder: 0, moved: false, reasons: ["the pair fills the gap between two links in order"] };
    groups.push(g);
    live.push(g);
    fillGap(b0, i - 1, c0, j - 1);
    fillGap(i + 1, b1, j + 1, c1);
  };
  for (let k = 0; k <= anchors.length; k++) {
    const prev = anchors[k - 1];
    const next = anchors[k];
    fillGap(prev ? Math.max(...prev.base) + 1 : 0, next ? Math.min(...next.base) - 1 : nb - 1, prev ? Math.max(...prev.candidate) + 1 : 0, next ? Math.min(...next.candidate) - 1 : nc - 1);
  }
  live = live.filter((g) => g.base.length && g.candidate.length);

  // Weak links: two points still unlinked, below every threshold above, that are each other's
  // first choice over all the points of the other side, linked or not, by WEAK_RATIO and
  // MUTUAL_MARGIN (see LINK_WEAK). The rivals include linked points on purpose: a dropped
  // point and a new point that only share the draft's subject usually each have a closer
  // point elsewhere.
  const top2 = (values: number[], allowed: (k: number) => boolean) => {
    let best = -1;
    let second = 0;
    values.forEach((v, k) => {
      if (!allowed(k)) return;
      if (best === -1 || v > values[best]) {
        if (best !== -1) second = Math.max(second, values[best]);
        best = k;
      } else second = Math.max(second, v);
    });
    return { best, second };
  };
  for (let i = 0; i < nb; i++) {
    if (baseGroup[i] !== -1) continue;
    const row = top2(S[i], (k) => full[i][k]);
    const j = row.best;
    if (j === -1 || candGroup[j] !== -1) continue;
    const col = top2(
      S.map((r) => r[j]),
      (k) => full[k][j],
    );
    if (col.best !== i) continue;
    const sim = S[i][j];
    const rival = Math.max(row.second, col.second);
    if (sim < LINK_WEAK || sim < rival * WEAK_RATIO || sim - rival < MUTUAL_MARGIN) continue;
    baseGroup[i] = candGroup[j] = groups.length;
    const g: Group = { base: [i], candidate: [j], similarity: sim, margin: 0, confidence: 0, disorder: 0, moved: false, weak: true, reasons: ["weak link: few words in common, but each point is the other's clear first choice"] };
    groups.push(g);
    live.push(g);
  }

  // Moved: links off the longest run that keeps the base order in the candidate.
  live.sort((a, b) => a.base[0] - b.base[0]);
  const inOrder = longestIncreasing(
    live.map((g) => g.candidate[0]),
    live.map(shift),
  );
  live.forEach((g, k) => (g.moved = !inOrder.has(k)));

  // Context: a link whose neighbours in base order are its neighbours in candidate order too
  // (before and after: 2) sits where its base point sat; a new point placed anywhere rarely
  // does. Unlinked points in between do not count: a drop or an insertion next to a point
  // does not move it.
  const byBase = [...live].sort((a, b) => a.base[0] - b.base[0]);
  const byCand = [...live].sort((a, b) => a.candidate[0] - b.candidate[0]);
  const stems = (items: Item[], idx: number[]) => idx.flatMap((k) => contentStems(items[k].profile));
  const disorderOf = (g: Group) => {
    const kb = byBase.indexOf(g);
    const kc = byCand.indexOf(g);
    const context = (byBase[kb - 1] === byCand[kc - 1] ? 1 : 0) + (byBase[kb + 1] === byCand[kc + 1] ? 1 : 0);
    return ((2 - context) / 2) * brokenOrder(stems(bases, g.base), stems(cands, g.candidate));
  };

  for (const g of live) {
    // The best alternative for any member: another point of the other side it could have gone with.
    const inB = new Set(g.base);
    const inC = new Set(g.candidate);
    let rival = 0;
    for (const i of g.base) for (let j = 0; j < nc; j++) if (!inC.has(j)) rival = Math.max(rival, S[i][j]);
    for (const j of g.candidate) for (let i = 0; i < nb; i++) if (!inB.has(i)) rival = Math.max(rival, S[i][j]);
    g.margin = g.similarity - rival;
    g.disorder = disorderOf(g);
    g.confidence = confidenceOf(g.similarity, g.margin, g.base.length > 1 || g.candidate.length > 1, g.disorder);
    if (g.weak) g.confidence = Math.min(g.confidence, WEAK_CAP);
    g.reasons.push(`similarity ${g.similarity.toFixed(2)} (link threshold ${LINK})`);
    g.reasons.push(rival > 0 ? `next best alternative ${rival.toFixed(2)}` : "no other point is similar");
    if (g.candidate.length > 1) g.reasons.push(`split: together the ${g.candidate.length} parts match the base point better than any one of them`);
    if (g.base.length > 1) g.reasons.push(`merged: the point matches the ${g.base.length} base points together better than any one of them`);
    if (g.moved) g.reasons.push("out of the base order relative to the other links");
    if (g.disorder >= DISORDER_NOTE) g.reasons.push("the shared words are no longer in their order and the neighbours differ: possibly a new point made of a dropped point's words");
  }
  return live;
}
