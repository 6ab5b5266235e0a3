// How alike two points (or groups of points) are, in two views combined:
//  - words, matched softly: every content word of one text looks for its best counterpart in
//    the other — the same stem (1), a WordNet synonym (0.8: a shared sense) or a word one step
//    more general or a sibling (0.5: a shared hypernym) — weighted by IDF over both versions'
//    points; precision and recall of that matching give an F-measure (the knowledge-based
//    text similarity of Mihalcea, Corley & Strapparava, 2006). Numbers count by value and
//    parties by id, so an alias is the same word;
//  - characters: 4-grams inside the content words, which catch what stemming misses
//    (Russian and Ukrainian inflection, compounds, spelling variants), as a TF-IDF cosine.
import type { Language } from "./language";
import { tokenize, type Token } from "./normalize";
import type { Party } from "./types";
import { collocationSynsets, relatedOf, synsetsOf } from "./wordnet";

type Sparse = Map<string, number>;

/** Strength of a match through WordNet: a shared sense is nearly the same word; a shared
 * generalisation (one word is a kind of the other, or both are kinds of one thing) is half
 * of one, since "withdraw troops" and "move troops" are related, not equal. */
export const SYNONYM = 0.8;
export const RELATED = 0.5;

export type Profile = {
  tokens: Token[];
  /** Content stems ("#600000" for numbers, "@nato" for parties) → term frequency. */
  bag: Sparse;
  /** Stem → its meaning keys and their strength (English only). */
  keys: Map<string, Sparse>;
  /** Character 4-grams (as ids) → term frequency. */
  chars: Map<number, number>;
  /** Parties named (ids) and the words used for each. */
  parties: Map<string, string[]>;
};

/** Share of each view in the combined score. Meaning lives in the soft word view; the
 * character view is a safety net for forms the stemmer and WordNet miss, larger in Russian and
 * Ukrainian, whose inflection hides shared stems from a light stemmer and which have no
 * WordNet here. */
export const VIEW_WEIGHTS: Record<Language, { words: number; chars: number }> = {
  en: { words: 0.8, chars: 0.2 },
  ru: { words: 0.65, chars: 0.35 },
  uk: { words: 0.65, chars: 0.35 },
};

const add = (m: Sparse, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);
const max = (m: Sparse, k: string, w: number) => {
  if ((m.get(k) ?? 0) < w) m.set(k, w);
};

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export type PartyMatcher = { find(text: string): { id: string; name: string; start: number; end: number }[] };

/** Finds the parties named in a text, on word boundaries, any case; where aliases overlap
 * ("the Alliance" / "Alliance") the longest wins. One pass of one pattern per text. */
export function partyMatcher(parties: Party[]): PartyMatcher {
  const names = parties.flatMap((p) => p.names.map((name) => ({ id: p.id, name }))).sort((a, b) => b.name.length - a.name.length);
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n.id]));
  const re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => escapeRe(n.name)).join("|")})(?![\\p{L}\\p{N}])`, "giu") : null;
  const cache = new Map<string, { id: string; name: string; start: number; end: number }[]>();
  return {
    find(text) {
      if (!re) return [];
      const hit = cache.get(text);
      if (hit) return hit;
      const found: { id: string; name: string; start: number; end: number }[] = [];
      for (const m of text.matchAll(re)) {
        const id = byName.get(m[0].toLowerCase());
        if (id) found.push({ id, name: m[0], start: m.index, end: m.index + m[0].length });
      }
      if (cache.size < 10_000) cache.set(text, found);
      return found;
    },
  };
}

const meaningCache = new Map<string, Sparse>();

/** WordNet keys of an English word: its senses (SYNONYM) and their direct generalisations,
 * verb groups and similar adjectives (RELATED). */
function meaningKeys(lower: string): Sparse {
  let keys = meaningCache.get(lower);
  if (!keys) {
    keys = new Map();
    for (const s of synsetsOf(lower)) {
      max(keys, s, SYNONYM);
      for (const h of relatedOf(s)) max(keys, h, RELATED);
    }
    meaningCache.set(lower, keys);
  }
  return keys;
}

export class Profiler {
  constructor(
    readonly language: Language,
    private parties: PartyMatcher,
  ) {}

  profile(text: string): Profile {
    const tokens = tokenize(text, this.language);
    const named = this.parties.find(text);
    const parties = new Map<string, string[]>();
    for (const p of named) parties.set(p.id, [...(parties.get(p.id) ?? []), p.name]);
    const inParty = (t: Token) => named.some((p) => t.start >= p.start && t.end <= p.end);

    const bag: Sparse = new Map();
    const chars = new Map<number, number>();
    const keys = new Map<string, Sparse>();
    // A party counts as one word, whichever alias names it.
    for (const p of named) add(bag, `@${p.id}`, 1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (inParty(t)) continue;
      if (this.language === "en" && t.kind === "word" && !t.proper) {
        // Phrasal verbs and compounds ("pull out", "armed forces") mean more than their words:
        // their senses go to the first word.
        const next = tokens[i + 1];
        if (next && next.kind === "word" && !next.proper && next.start - t.end <= 1 && !inParty(next)) {
          const col = collocationSynsets(t.lower, next.lower);
          if (col.length) {
            const k = keys.get(t.stem) ?? new Map();
            for (const s of col) {
              max(k, s, SYNONYM);
              for (const h of relatedOf(s)) max(k, h, RELATED);
            }
            keys.set(t.stem, k);
          }
        }
      }
      if (t.stop || (t.kind === "word" && t.lower.length < 2)) continue;
      add(bag, t.stem, 1);
      if (t.kind !== "word") continue;
      if (t.lower.length >= 4) {
        const padded = ` ${t.lower} `;
        for (let k = 0; k + 4 <= padded.length; k++) {
          const id = keyId(`#${padded.slice(k, k + 4)}`);
          chars.set(id, (chars.get(id) ?? 0) + 1);
        }
      }
      // Names are not looked up: "Turkey" is not a bird here.
      if (this.language === "en" && !t.proper && t.lower.length >= 3) {
        const k = keys.get(t.stem) ?? new Map();
        for (const [key, w] of meaningKeys(t.lower)) max(k, key, w);
        keys.set(t.stem, k);
      }
    }
    for (const [k, v] of chars) chars.set(k, 1 + Math.log(v));
    return { tokens, bag: tf(bag), keys, chars, parties };
  }
}

/** Sub-linear term frequency: the tenth mention of a word adds less than the second. */
function tf(m: Sparse): Sparse {
  for (const [k, v] of m) m.set(k, 1 + Math.log(v));
  return m;
}

/** A point (or group of points) ready to compare: IDF-weighted words with their meaning keys,
 * and a TF-IDF character vector. */
export type Weighted = {
  bag: Sparse;
  total: number;
  keys: Map<string, Sparse>;
  /** The words as arrays (meaning keys as numbers), for the inner loop of the comparison. */
  words: { stem: string; w: number; keys: number[]; strengths: number[] }[];
  /** Strongest meaning key over all the words: what a word of the other text can meet. */
  reach: Map<number, number>;
  /** Character n-grams as ids in ascending order with their weights, for merge joins. */
  charIds: Int32Array;
  charW: Float64Array;
  charNorm: number;
  charTotal: number;
};

type Raw = Pick<Profile, "bag" | "keys" | "chars">;

const keyIds = new Map<string, number>();
function keyId(k: string): number {
  let id = keyIds.get(k);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(k, id);
  }
  return id;
}

/** Inverse document frequency over all points of both versions. */
export class Idf {
  private df = { bag: new Map<string, number>(), chars: new Map<number, number>() };
  private n = 0;
  constructor(profiles: Raw[]) {
    for (const p of profiles) {
      this.n++;
      for (const k of p.bag.keys()) add(this.df.bag, k, 1);
      for (const k of p.chars.keys()) this.df.chars.set(k, (this.df.chars.get(k) ?? 0) + 1);
    }
  }
  private idf(view: "bag", k: string): number;
  private idf(view: "chars", k: number): number;
  private idf(view: "bag" | "chars", k: string | number) {
    const df = view === "bag" ? this.df.bag.get(k as string) : this.df.chars.get(k as number);
    return Math.log(1 + this.n / (df ?? 1));
  }
  weigh(p: Raw): Weighted {
    const bag: Sparse = new Map();
    let total = 0;
    for (const [k, v] of p.bag) {
      const w = v * this.idf("bag", k);
      bag.set(k, w);
      total += w;
    }
    const reach = new Map<number, number>();
    for (const ks of p.keys.values())
      for (const [k, w] of ks) {
        const id = keyId(k);
        if ((reach.get(id) ?? 0) < w) reach.set(id, w);
      }
    const words = [...bag].map(([stem, w]) => {
      const ks = [...(p.keys.get(stem) ?? new Map<string, number>())];
      return { stem, w, keys: ks.map(([k]) => keyId(k)), strengths: ks.map(([, v]) => v) };
    });
    let norm = 0;
    let charTotal = 0;
    const grams = [...p.chars].map(([k, v]) => [k, v * this.idf("chars", k)] as const).sort((a, b) => a[0] - b[0]);
    for (const [, w] of grams) {
      norm += w * w;
      charTotal += w;
    }
    const charIds = Int32Array.from(grams.map(([id]) => id));
    const charW = Float64Array.from(grams.map(([, w]) => w));
    return { bag, total, keys: p.keys, words, reach, charIds, charW, charNorm: Math.sqrt(norm), charTotal };
  }
}

/** Adds profiles: the text of a group of points, for merge and split tests. */
export function sumProfiles(ps: Raw[]): Raw {
  const out: Raw = { bag: new Map(), keys: new Map(), chars: new Map() };
  for (const p of ps) {
    for (const [k, v] of p.bag) add(out.bag, k, v);
    for (const [k, v] of p.chars) out.chars.set(k, (out.chars.get(k) ?? 0) + v);
    for (const [stem, ks] of p.keys) {
      const into = out.keys.get(stem) ?? new Map();
      for (const [k, w] of ks) max(into, k, w);
      out.keys.set(stem, into);
    }
  }
  return out;
}

/** How well x's words are met in y, 0–1: IDF-weighted mean of each word's best match. */
function softPrecision(x: Weighted, y: Weighted): number {
  if (!x.total) return 0;
  let met = 0;
  for (const word of x.words) {
    if (y.bag.has(word.stem)) {
      met += word.w;
      continue;
    }
    let best = 0;
    for (let k = 0; k < word.keys.length; k++) {
      const r = y.reach.get(word.keys[k]);
      if (r !== undefined) best = Math.max(best, Math.min(word.strengths[k], r));
    }
    met += word.w * best;
  }
  return met / x.total;
}

/** Dot product and sum of minima of the two character vectors, by a merge join. */
function charJoin(a: Weighted, b: Weighted): { dot: number; min: number } {
  let i = 0;
  let j = 0;
  let dot = 0;
  let min = 0;
  const ai = a.charIds;
  const bi = b.charIds;
  while (i < ai.length && j < bi.length) {
    if (ai[i] === bi[j]) {
      dot += a.charW[i] * b.charW[j];
      min += Math.min(a.charW[i], b.charW[j]);
      i++;
      j++;
    } else if (ai[i] < bi[j]) i++;
    else j++;
  }
  return { dot, min };
}

/** Combined similarity in [0, 1]. Texts without character n-grams (numbers and names only)
 * are compared on words alone. */
export function cosine(a: Weighted, b: Weighted, language: Language): number {
  const w = VIEW_WEIGHTS[language];
  const p = softPrecision(a, b);
  const r = softPrecision(b, a);
  const words = p + r ? (2 * p * r) / (p + r) : 0;
  if (!a.charNorm || !b.charNorm) return words;
  return w.words * words + w.chars * (charJoin(a, b).dot / (a.charNorm * b.charNorm));
}

/** Similarity and the two coverages in one pass (the matrix needs all three). */
export function compare(a: Weighted, b: Weighted, language: Language): { sim: number; aInB: number; bInA: number } {
  const w = VIEW_WEIGHTS[language];
  const p = softPrecision(a, b);
  const r = softPrecision(b, a);
  const words = p + r ? (2 * p * r) / (p + r) : 0;
  if (!a.charNorm || !b.charNorm) return { sim: words, aInB: p, bInA: r };
  const { dot, min } = charJoin(a, b);
  return {
    sim: w.words * words + w.chars * (dot / (a.charNorm * b.charNorm)),
    aInB: w.words * p + w.chars * (min / a.charTotal),
    bInA: w.words * r + w.chars * (min / b.charTotal),
  };
}

/** Up to this many points a side, every pair gets the full comparison. */
const FULL = 60;
/** Beyond FULL, each point gets the full comparison with its TOP_K nearest points of the
 * other side by plain shared stems (TF-IDF cosine), the rest keep that plain score: a true
 * counterpart, even rewritten, keeps some of its rarer words and so ranks among the first
 * dozen of a few hundred. This keeps a 400-article treaty in seconds. */
const TOP_K = 12;

/** Similarity of every base point to every candidate point; `exact[i][j]` says whether the
 * pair had the full comparison (always true up to FULL points a side). */
export type Matrix = {
  S: number[][];
  /** Share of base point i found in candidate j, and of candidate j found in base point i. */
  baseIn: number[][];
  candIn: number[][];
  full: boolean[][];
};

export function similarityMatrix(bs: (Weighted | null)[], cs: (Weighted | null)[], language: Language): Matrix {
  const nb = bs.length;
  const nc = cs.length;
  const grid = () => bs.map(() => new Array<number>(nc).fill(0));
  const S = grid();
  const baseIn = grid();
  const candIn = grid();
  const full = bs.map(() => new Array<boolean>(nc).fill(false));
  const fill = (i: number, j: number) => {
    if (!bs[i] || !cs[j]) return;
    const r = compare(bs[i]!, cs[j]!, language);
    S[i][j] = r.sim;
    baseIn[i][j] = r.aInB;
    candIn[i][j] = r.bInA;
    full[i][j] = true;
  };
  if (nb <= FULL && nc <= FULL) {
    for (let i = 0; i < nb; i++) for (let j = 0; j < nc; j++) fill(i, j);
    return { S, baseIn, candIn, full };
  }
  const norm = (w: Weighted) => Math.sqrt([...w.bag.values()].reduce((a, v) => a + v * v, 0));
  const postings = new Map<string, [number, number][]>();
  cs.forEach((c, j) =>
    c?.bag.forEach((v, k) => {
      const list = postings.get(k);
      if (list) list.push([j, v]);
      else postings.set(k, [[j, v]]);
    }),
  );
  const cn = cs.map((c) => (c ? norm(c) : 0));
  const plain = bs.map((b) => {
    const row = new Array<number>(nc).fill(0);
    if (!b) return row;
    const bn = norm(b);
    for (const [k, v] of b.bag) for (const [j, w] of postings.get(k) ?? []) row[j] += v * w;
    for (let j = 0; j < nc; j++) row[j] = bn && cn[j] ? row[j] / (bn * cn[j]) : 0;
    return row;
  });
  const top = (xs: number[]) => xs.map((v, k) => [v, k] as const).sort((a, b) => b[0] - a[0]).slice(0, TOP_K).filter(([v]) => v > 0).map(([, k]) => k);
  for (let i = 0; i < nb; i++) for (let j = 0; j < nc; j++) S[i][j] = plain[i][j];
  const pairs = new Set<number>();
  for (let i = 0; i < nb; i++) for (const j of top(plain[i])) pairs.add(i * nc + j);
  for (let j = 0; j < nc; j++) for (const i of top(plain.map((r) => r[j]))) pairs.add(i * nc + j);
  for (const p of pairs) {
    const i = Math.floor(p / nc);
    const j = p % nc;
    fill(i, j);
  }
  return { S, baseIn, candIn, full };
}
