// Where the map names its regions: a region large enough carries its name at its centroid (on
// one line, or two; smaller type if it must), placed largest region first and never over another
// label nor over a region too small for its own; such a small region (or one whose name would
// collide) carries a number instead, which the key under the map resolves. Neighbouring
// countries' names are drawn only where nothing else is.
// Pure: widths are estimated from the character count, the e2e test checks the real boxes.
import type { Box } from "@/lib/maps/project";

/** `labelAt`: a point inside the shape to anchor the label on (default: the centroid). */
export type LabelRegion = { code: string; name: string; centroid: [number, number]; labelAt?: [number, number]; bounds: Box; area: number };
export type ContextLabelInput = { key: string; name: string; centroid: [number, number] };

/** Sizes in map units (the SVG's viewBox, 960 wide): the stylesheet draws labels at these sizes. */
export const LABEL_STYLE = { sizes: [12, 10], charWidth: 0.58, contextFontSize: 13, numberRadius: 8 } as const;
const lineHeightOf = (size: number) => Math.round(size * 1.1);

/** A name on the map: its lines, its font size and line height, centred on (x, y). */
export type NameLabel = { kind: "name"; code: string; lines: string[]; fontSize: number; lineHeight: number; x: number; y: number; box: Box };
export type NumberLabel = { kind: "number"; code: string; number: number; name: string; x: number; y: number; box: Box };
export type ContextLabel = { kind: "context"; key: string; name: string; x: number; y: number; box: Box };
export type MapLabels = { names: NameLabel[]; numbers: NumberLabel[]; context: ContextLabel[] };

const GAP = 2;
const textWidth = (text: string, size: number) => text.length * size * LABEL_STYLE.charWidth;

/** The name on one line, or split at the space that best balances two lines. */
export function labelLayouts(name: string): string[][] {
  const words = name.trim().split(/\s+/);
  const layouts: string[][] = [[words.join(" ")]];
  let best: string[] | null = null;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    if (!best || Math.max(...lines.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = lines;
  }
  if (best) layouts.push(best);
  return layouts;
}

const overlaps = (a: Box, b: Box) => a[0][0] < b[1][0] + GAP && b[0][0] < a[1][0] + GAP && a[0][1] < b[1][1] + GAP && b[0][1] < a[1][1] + GAP;
const inside = (a: Box, b: Box) => a[0][0] >= b[0][0] && a[1][0] <= b[1][0] && a[0][1] >= b[0][1] && a[1][1] <= b[1][1];
const boxAt = (x: number, y: number, w: number, h: number): Box => [
  [x - w / 2, y - h / 2],
  [x + w / 2, y + h / 2],
];

/**
 * Whether a label of w × h fits a region at all: within most of its bounding box's width and
 * height, and covering under half of its area (a thin or ragged shape has far less room than its box).
 */
export function fitsRegion(region: Pick<LabelRegion, "bounds" | "area">, w: number, h: number): boolean {
  const [[x0, y0], [x1, y1]] = region.bounds;
  return w <= (x1 - x0) * 0.9 && h <= (y1 - y0) * 0.7 && w * h <= region.area * 0.45;
}

/** Places the labels (see the header). Numbers go 1, 2, … in the regions' name order. */
export function placeLabels(regions: LabelRegion[], context: ContextLabelInput[] = []): MapLabels {
  const { sizes, contextFontSize, numberRadius } = LABEL_STYLE;
  const taken: Box[] = [];
  const free = (box: Box) => !taken.some((t) => overlaps(t, box));
  const anchor = (r: LabelRegion) => r.labelAt ?? r.centroid;
  const numberBox = (r: LabelRegion) => boxAt(anchor(r)[0], anchor(r)[1], numberRadius * 2, numberRadius * 2);

  // The layouts that fit each region, preferred first: the largest type, then the fewest lines.
  const sized = regions.map((r) => ({
    r,
    layouts: sizes.flatMap((fontSize) =>
      labelLayouts(r.name).flatMap((lines) => {
        const [w, h] = [Math.max(...lines.map((l) => textWidth(l, fontSize))), lines.length * lineHeightOf(fontSize)];
        return fitsRegion(r, w, h) ? [{ lines, fontSize, w, h }] : [];
      }),
    ),
  }));
  // Regions too small for their name are numbered first, where they are: names move off them.
  const tiny = sized.filter((s) => !s.layouts.length).map((s) => s.r);
  for (const r of tiny) taken.push(numberBox(r), r.bounds);
  // A region enclosed in another (a city in its province) keeps its shape clear of the other's name.
  const enclaves = (r: LabelRegion) => regions.filter((o) => o !== r && o.area * 4 < r.area && inside(o.bounds, r.bounds)).map((o) => o.bounds);

  const names: NameLabel[] = [];
  const crowded: LabelRegion[] = [];
  for (const { r, layouts } of sized.filter((s) => s.layouts.length).sort((a, b) => b.r.area - a.r.area || a.r.code.localeCompare(b.r.code))) {
    const [cx, cy] = anchor(r);
    const clear = enclaves(r);
    let placed: NameLabel | null = null;
    for (const { lines, fontSize, w, h } of layouts) {
      const candidates = [0, -1, 1, -2, 2, -3, 3, -4, 4].flatMap((k) => [0, -0.25, 0.25].map((j) => [cx + j * w, cy + k * (h / 2 + GAP)] as const));
      const spot = candidates.map(([x, y]) => boxAt(x, y, w, h)).find((box) => inside(box, r.bounds) && free(box) && !clear.some((e) => overlaps(e, box)));
      if (!spot) continue;
      placed = { kind: "name", code: r.code, lines, fontSize, lineHeight: lineHeightOf(fontSize), x: (spot[0][0] + spot[1][0]) / 2, y: (spot[0][1] + spot[1][1]) / 2, box: spot };
      break;
    }
    if (!placed) {
      crowded.push(r);
      continue;
    }
    taken.push(placed.box);
    names.push(placed);
  }
  // A region whose name found no free spot is numbered too, if its centroid is free.
  const numbered = [...tiny];
  for (const r of crowded) {
    if (!free(numberBox(r))) continue;
    taken.push(numberBox(r));
    numbered.push(r);
  }
  numbered.sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
  const numbers: NumberLabel[] = numbered.map((r, i) => ({ kind: "number", code: r.code, number: i + 1, name: r.name, x: anchor(r)[0], y: anchor(r)[1], box: numberBox(r) }));

  const contextLabels: ContextLabel[] = [];
  for (const c of context) {
    const box = boxAt(c.centroid[0], c.centroid[1], textWidth(c.name, contextFontSize), contextFontSize + 2);
    if (!c.name || !free(box)) continue;
    taken.push(box);
    contextLabels.push({ kind: "context", key: c.key, name: c.name, x: c.centroid[0], y: c.centroid[1], box });
  }
  return { names, numbers, context: contextLabels };
}
