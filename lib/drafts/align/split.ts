// Splits a pasted draft into its points.
//
// Labels are the number token as written, without the keyword and without a trailing "." ")"
// or ":": "1.", "Point 1:", "Article 1", "§ 1", "Пункт 1", "## 1." all give "1"; "2a." gives
// "2a"; "IV." gives "IV". Sub-numbering inside a point ("(a)", "a)", "1.1", or a list restarting
// at 1 under an "Article") stays in the text of its point.
import { AlignError } from "./errors";

export type Point = { label: string; text: string };

/** How the top-level points were recognised. */
export type Numbering = "numbers" | "roman" | "keyword" | "section" | "paragraphs";

export type SplitResult = {
  title?: string;
  preamble?: string;
  points: Point[];
  numbering: Numbering;
  warnings: string[];
};

type Scheme = "number." | "number)" | "roman" | "keyword" | "section";

type Marker = { line: number; scheme: Scheme; label: string; value: number; rest: string; indent: number };

const KEYWORDS = "point|article|art\\.|section|clause|paragraph|пункт|статья|стаття|раздел|розділ";
// "Article 4", "Point 3:", "Стаття 4.", "Article IV", "ARTICLE 2a" — keyword then a number token.
const KEYWORD_RE = new RegExp(`^(?:${KEYWORDS})\\s+(\\d{1,4}[a-zа-я]?|[IVXLC]{1,7})\\b\\s*[.:)\\-–—]?\\s*(.*)$`, "iu");
const SECTION_RE = /^§\s*(\d{1,4}[a-z]?)\s*[.:)]?\s*(.*)$/iu;
// "1." "12)" "2a." followed by a space or the end of the line; "1.1" is sub-numbering.
const NUMBER_RE = /^(\d{1,4})([a-zа-я])?([.)])(?!\d)\s*(.*)$/iu;
const ROMAN_RE = /^([IVXLC]{1,7})([.)])\s+(.*)$/u;
const ROMAN_VALID = /^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** The value of a Roman numeral ("IV" → 4), as labels are numbered. */
export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]];
    const next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** Strips what a markdown or word-processor line puts before a number: "## ", "**", "- ". */
function stripDecoration(line: string): { text: string; heading: boolean } {
  let text = line.trim();
  const heading = /^#{1,6}\s/.test(text);
  text = text.replace(/^#{1,6}\s+/, "");
  // Bold or italic around the number: "**1.** text" → "1. text".
  text = text.replace(/^(\*\*|__|\*|_)(.+?)\1/, "$2");
  return { text, heading };
}

function parseMarker(raw: string, line: number): Marker | null {
  const m0 = parseBare(raw, line);
  return m0 && { ...m0, indent: /^[ \t]*/.exec(raw)![0].replace(/\t/g, "    ").length };
}

function parseBare(raw: string, line: number): Omit<Marker, "indent"> | null {
  const { text } = stripDecoration(raw);
  let m = KEYWORD_RE.exec(text);
  if (m) {
    const token = m[1];
    const roman = /^[IVXLC]+$/.test(token) && ROMAN_VALID.test(token);
    const value = roman ? romanValue(token) : parseInt(token, 10);
    if (!Number.isNaN(value)) return { line, scheme: "keyword", label: token, value, rest: m[2] };
  }
  m = SECTION_RE.exec(text);
  if (m) return { line, scheme: "section", label: m[1], value: parseInt(m[1], 10), rest: m[2] };
  m = NUMBER_RE.exec(text);
  if (m) {
    const label = m[1] + (m[2] ?? "");
    return { line, scheme: m[3] === "." ? "number." : "number)", label, value: parseInt(m[1], 10), rest: m[4] };
  }
  m = ROMAN_RE.exec(text);
  if (m && ROMAN_VALID.test(m[1])) return { line, scheme: "roman", label: m[1], value: romanValue(m[1]), rest: m[3] };
  return null;
}

const NUMBERING_OF: Record<Scheme, Numbering> = {
  "number.": "numbers",
  "number)": "numbers",
  roman: "roman",
  keyword: "keyword",
  section: "section",
};

/** True when the markers' numbers restart (a value not above the one before): a nested list. */
function restarts(markers: Marker[]): boolean {
  for (let i = 1; i < markers.length; i++) if (markers[i].value <= markers[i - 1].value && markers[i].label === markers[i].value.toString()) return true;
  return false;
}

function chooseTopLevel(markers: Marker[]): Marker[] {
  const by = new Map<Scheme, Marker[]>();
  for (const m of markers) by.set(m.scheme, [...(by.get(m.scheme) ?? []), m]);
  // "1." and "1)" are one family: a minority style that carries on the main sequence is a
  // typing slip, not a nested list (handled below).
  const ranked = [...by.entries()].sort((a, b) => b[1].length - a[1].length);
  const [winner, winnerMarkers] = ranked[0];

  // An "Article"/"Point"/"§" scheme seen at least twice outranks bare numbers that restart
  // under it: those are the paragraphs of each article.
  for (const strong of ["keyword", "section"] as const) {
    const s = by.get(strong);
    if (s && s.length >= 2 && strong !== winner && (winner === "number." || winner === "number)") && restarts(winnerMarkers)) {
      return s;
    }
  }

  const family = (x: Scheme) => (x === "number." || x === "number)" ? "number" : x);
  const rivals = ranked.slice(1).filter(([scheme, ms]) => family(scheme) !== family(winner) && ms.length >= 2);
  // Two schemes used for top-level points (say "1." and "Article 2"), neither clearly ahead:
  // more than half as many of the second as of the first means we cannot tell which is meant.
  for (const [scheme, ms] of rivals) {
    const nested = restarts(ms) || restarts(winnerMarkers);
    if (!nested && ms.length * 2 > winnerMarkers.length) {
      throw new AlignError(
        "MIXED_NUMBERING",
        `the points are numbered in two ways (${describe(winner)} ${winnerMarkers.length} times, ${describe(scheme)} ${ms.length} times); number every top-level point the same way`,
      );
    }
  }

  if (family(winner) !== "number") return winnerMarkers;
  // Bare numbers: keep the main style, plus markers of the other style that carry the main
  // sequence on (a "3)" between "2." and "4." is a slip); the rest are nested lists.
  const other: Scheme = winner === "number." ? "number)" : "number.";
  const all = [...winnerMarkers, ...(by.get(other) ?? [])].sort((a, b) => a.line - b.line);
  const kept: Marker[] = [];
  for (const m of all) {
    if (m.scheme === winner) kept.push(m);
    else {
      const prev = kept[kept.length - 1];
      const nextMain = winnerMarkers.find((w) => w.line > m.line);
      if ((prev ? m.value === prev.value + 1 : m.value === 1) && (!nextMain || nextMain.value > m.value)) kept.push(m);
    }
  }
  return kept;
}

function describe(s: Scheme): string {
  return { "number.": '"1."', "number)": '"1)"', roman: '"I."', keyword: '"Article 1"', section: '"§ 1"' }[s];
}

const clean = (lines: string[]) =>
  lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

/** The lines before the first point: a short first line is the title, the rest the preamble. */
function splitFront(lines: string[]): { title?: string; preamble?: string } {
  const text = clean(lines);
  if (!text) return {};
  const all = text.split("\n");
  const first = stripDecoration(all[0]);
  // A title is one short line that does not read as a sentence (or is a markdown heading);
  // 150 characters is about two lines of a printed page.
  const isTitle = first.heading || (first.text.length <= 150 && !/[.;:,]$/.test(first.text));
  if (!isTitle) return { preamble: text };
  const preamble = clean(all.slice(1));
  return { title: first.text.replace(/\*\*/g, "").trim(), ...(preamble ? { preamble } : {}) };
}

function byParagraphs(text: string, warnings: string[]): SplitResult {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  let title: string | undefined;
  if (paragraphs.length > 2) {
    const front = splitFront([paragraphs[0]]);
    if (front.title && !front.preamble) {
      title = front.title;
      paragraphs.shift();
    }
  }
  if (paragraphs.length < 2) {
    throw new AlignError("ONE_POINT", "found only one point: number the points (1., 2., …) or separate them with blank lines");
  }
  warnings.push("no numbering found: each paragraph is taken as a point, labelled 1, 2, … in order");
  return { ...(title ? { title } : {}), points: paragraphs.map((p, i) => ({ label: String(i + 1), text: p })), numbering: "paragraphs", warnings };
}

export function splitPoints(input: string): SplitResult {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new AlignError("EMPTY_TEXT", "the text is empty: paste the draft or choose a file that contains it");
  const lines = text.split("\n");
  const warnings: string[] = [];

  const found = lines.map((l, i) => parseMarker(l, i)).filter((m): m is Marker => m !== null);
  // An indented list under a point (markdown "   1." under "1.") is nested: only the least
  // indented markers can be top-level (one space of slack for ragged pasting).
  const least = Math.min(...found.map((m) => m.indent));
  const markers = found.filter((m) => m.indent <= least + 1);
  if (markers.length < 2) return byParagraphs(text, warnings);

  const top = chooseTopLevel(markers);
  if (top.length < 2) return byParagraphs(text, warnings);

  const points: Point[] = [];
  for (let k = 0; k < top.length; k++) {
    const m = top[k];
    const end = k + 1 < top.length ? top[k + 1].line : lines.length;
    const body = clean([m.rest, ...lines.slice(m.line + 1, end).map((l) => l.trim())]);
    points.push({ label: m.label, text: body });
  }

  const seen = new Map<string, number>();
  for (const p of points) seen.set(p.label, (seen.get(p.label) ?? 0) + 1);
  const dups = [...seen.entries()].filter(([, n]) => n > 1).map(([l]) => l);
  if (dups.length) {
    throw new AlignError("DUPLICATE_LABELS", `point ${dups.map((d) => `"${d}"`).join(", ")} appears more than once: give every point its own number`);
  }

  const empty = points.filter((p) => !p.text).map((p) => p.label);
  if (empty.length) warnings.push(`point ${empty.join(", ")} has no text`);

  return { ...splitFront(lines.slice(0, top[0].line)), points, numbering: NUMBERING_OF[top[0].scheme], warnings };
}
