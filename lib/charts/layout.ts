// Layout of the key charts, computed on the server without measuring anything in a browser.
// Horizontal positions are fractions of the drawing's width (drawn as percentages, so text keeps
// its size on a phone and on a wide screen); vertical positions are pixels. Where text has to
// fit, widths are estimated with generous character widths for the narrowest drawing (a 360 px
// phone): what fits there fits on any wider screen, where the gaps only grow.
import { scaleLinear, scaleUtc } from "d3-scale";
import { formatDate } from "@/lib/format";

/** Width in pixels of the narrowest drawing the layout must fit: a chart card on a 360 px phone. */
export const MIN_WIDTH = 290;

export const LABEL_FONT = 12;
export const SMALL_FONT = 11;
const LABEL_LINE = 15;
const BAR = 18;
const ROW_GAP = 12;
const AXIS = 24;

// Advance widths in em, at or above DejaVu Sans's (the widest of the usual sans fallbacks).
const NARROW = new Set("iljft.,:;'!|()[]{} ");
const WIDE = new Set("mwMW%~@—");
function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.4;
  if (WIDE.has(c)) return 1;
  if (/[0-9]/.test(c)) return 0.64;
  if (/[A-Z]/.test(c)) return 0.75;
  return 0.62;
}

/** Estimated width in pixels of one line of text (bold text is about a tenth wider). */
export function textWidth(text: string, fontPx: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontPx * (bold ? 1.1 : 1);
}

/**
 * Breaks a label into lines no wider than `maxPx`, at spaces; a word too long for a line of
 * its own is split across lines. Nothing is ever left out.
 */
export function wrapText(text: string, maxPx: number, fontPx: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontPx) <= maxPx) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (textWidth(rest, fontPx) > maxPx) {
      let cut = 1;
      while (cut < rest.length && textWidth(rest.slice(0, cut + 1), fontPx) <= maxPx) cut++;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

export type Anchor = "start" | "middle" | "end";
export type Tick = { at: number; text: string; anchor: Anchor };

/** Where a label anchored at `anchor` starts and ends, in pixels, on a drawing `width` wide. */
function extent(at: number, w: number, anchor: Anchor, width: number): [number, number] {
  const x = at * width;
  return anchor === "start" ? [x, x + w] : anchor === "end" ? [x - w, x] : [x - w / 2, x + w / 2];
}

/**
 * Axis labels that neither overlap nor run off the drawing: a label too close to an edge is
 * anchored at that edge, and labels too close to the one before are dropped (the last one is
 * kept in preference to its neighbour, so both ends of the axis are labelled).
 */
export function placeTicks(candidates: { at: number; text: string }[], fontPx = SMALL_FONT, width = MIN_WIDTH, gap = 10): Tick[] {
  const placed = [...candidates]
    .sort((a, b) => a.at - b.at)
    .map((t) => {
      const w = textWidth(t.text, fontPx);
      const x = t.at * width;
      const anchor: Anchor = x - w / 2 < 0 ? "start" : x + w / 2 > width ? "end" : "middle";
      return { ...t, anchor, span: extent(t.at, w, anchor, width) };
    });
  const kept: typeof placed = [];
  for (const t of placed) {
    const last = kept.at(-1);
    if (!last || t.span[0] >= last.span[1] + gap) kept.push(t);
    else if (t === placed.at(-1) && kept.length > 1 && t.span[0] >= kept[kept.length - 2].span[1] + gap) kept[kept.length - 1] = t;
  }
  return kept.map(({ at, text, anchor }) => ({ at, text, anchor }));
}

export type ValueAxis = { max: number; ticks: Tick[] };

/** A value axis from zero: rounded up to a readable maximum (or a fixed one, such as 100%). */
export function valueAxis(maxValue: number, format: (value: number) => string, fixedMax?: number): ValueAxis {
  const top = fixedMax ?? (maxValue > 0 ? maxValue : 1);
  const scale = scaleLinear().domain([0, top]);
  if (fixedMax === undefined) scale.nice(5);
  const max = scale.domain()[1];
  return { max, ticks: placeTicks(scale.ticks(5).map((t) => ({ at: t / max, text: format(t) }))) };
}

/** Perceived lightness of a #rrggbb colour (WCAG relative luminance). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

/** Black or white, whichever reads better on a fill. */
export const inkOn = (fill: string) => (contrast(fill, "#000000") >= contrast(fill, "#ffffff") ? "#000000" : "#ffffff");

// ---------------------------------------------------------------------------------------------
// Horizontal bars: each row's label above its bar, wrapped to the width; the value at the bar's
// end, outside it where there is room and inside it otherwise.

export type BarPiece = {
  from: number;
  to: number;
  colour: string;
  /** A range's part beyond its low value is drawn as a lighter band. */
  kind: "solid" | "range";
  /** The tooltip. */
  title: string;
  /** A stack's count, written inside the piece where it fits. */
  label?: string;
};
export type BarRowInput = { key: string; label: string; pieces: BarPiece[]; value?: string };

export type PlacedPiece = BarPiece & { x: number; width: number; inner?: { at: number; ink: string } };
export type ValueLabel = { text: string; at: number; anchor: "start" | "end"; y: number; ink: string | null; halo: boolean };
export type BarRow = { key: string; lines: { text: string; y: number }[]; barY: number; pieces: PlacedPiece[]; value?: ValueLabel };
export type BarLayout = { height: number; barHeight: number; plotBottom: number; tickY: number; ticks: Tick[]; rows: BarRow[] };

const LABEL_PAD = 5;

/**
 * The value label's place: outside the bar's end if it fits there on the narrowest drawing,
 * else inside the solid part in black or white (whichever reads on the fill), else over the
 * bar's end with a halo of the card's background.
 */
export function placeValue(text: string, end: number, solidEnd: number, solidColour: string): Omit<ValueLabel, "y"> {
  const w = textWidth(text, SMALL_FONT, true) + LABEL_PAD + 2;
  if ((1 - end) * MIN_WIDTH >= w) return { text, at: end, anchor: "start", ink: null, halo: false };
  if (solidEnd * MIN_WIDTH >= w) return { text, at: solidEnd, anchor: "end", ink: inkOn(solidColour), halo: false };
  return { text, at: end, anchor: "end", ink: null, halo: true };
}

export function layoutBars(rows: BarRowInput[], axis: ValueAxis): BarLayout {
  let y = 4;
  const placed = rows.map((row): BarRow => {
    const lines = wrapText(row.label, MIN_WIDTH, LABEL_FONT).map((text, i) => ({ text, y: y + LABEL_FONT + i * LABEL_LINE }));
    y += lines.length * LABEL_LINE + 4;
    const barY = y;
    y += BAR + ROW_GAP;
    const pieces = row.pieces.map((p): PlacedPiece => {
      const x = p.from / axis.max;
      const width = (p.to - p.from) / axis.max;
      const fits = p.label !== undefined && width * MIN_WIDTH >= textWidth(p.label, SMALL_FONT, true) + 4;
      return { ...p, x, width, inner: fits ? { at: x + width / 2, ink: inkOn(p.colour) } : undefined };
    });
    let value: ValueLabel | undefined;
    if (row.value !== undefined && pieces.length) {
      const end = Math.max(...pieces.map((p) => p.x + p.width));
      const solids = pieces.filter((p) => p.kind === "solid");
      const solid = solids.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a), solids[0] ?? pieces[0]);
      value = { ...placeValue(row.value, end, solid.x + solid.width, solid.colour), y: barY + BAR / 2 + 4 };
    }
    return { key: row.key, lines, barY, pieces, value };
  });
  const plotBottom = y - ROW_GAP + 6;
  return { height: plotBottom + AXIS, barHeight: BAR, plotBottom, tickY: plotBottom + 15, ticks: axis.ticks, rows: placed };
}

// ---------------------------------------------------------------------------------------------
// The timeline: one dot per event, by date across and importance up.

export type TimelineInput = { key: string; date: string; importance: number; title: string };
export type TimelineDot = { key: string; at: number; y: number; offset: number; title: string };
export type TimelineLayout = { height: number; plotBottom: number; tickY: number; levels: { value: number; y: number }[]; ticks: Tick[]; dots: TimelineDot[] };

/** Where dates fall across the drawing: room on the left for the importance labels, and for a dot's radius on the right. */
export const TIME_FROM = 0.08;
const TIME_TO = 0.97;
const LEVEL = 26;
const DAY = 86_400_000;
export const DOT_RADIUS = 5;

export function layoutTimeline(events: TimelineInput[], levels = [1, 2, 3, 4, 5]): TimelineLayout {
  const top = 10;
  const levelY = (v: number) => top + (levels.at(-1)! - v) * LEVEL;
  const plotBottom = levelY(levels[0]) + 14;
  const times = events.map((e) => Date.parse(e.date));
  let [min, max] = times.length ? [Math.min(...times), Math.max(...times)] : [0, DAY];
  // A single day gets a month around it; otherwise a little room at both ends.
  const pad = max === min ? 15 * DAY : (max - min) * 0.02;
  [min, max] = [min - pad, max + pad];
  const scale = scaleUtc().domain([new Date(min), new Date(max)]).range([TIME_FROM, TIME_TO]);
  const ticks = placeTicks(scale.ticks(6).map((d) => ({ at: scale(d), text: formatDate(d) })));
  // Events on the same day with the same importance sit side by side.
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const e of events) counts.set(`${e.date}|${e.importance}`, (counts.get(`${e.date}|${e.importance}`) ?? 0) + 1);
  const dots = events.map((e) => {
    const k = `${e.date}|${e.importance}`;
    const i = seen.get(k) ?? 0;
    seen.set(k, i + 1);
    return { key: e.key, at: scale(new Date(e.date)), y: levelY(e.importance), offset: (i - (counts.get(k)! - 1) / 2) * (2 * DOT_RADIUS + 2), title: e.title };
  });
  return { height: plotBottom + AXIS, plotBottom, tickY: plotBottom + 15, levels: levels.map((value) => ({ value, y: levelY(value) })), ticks, dots };
}

/** A fraction of the width as an SVG length. */
export const pct = (fraction: number) => `${+(fraction * 100).toFixed(3)}%`;
