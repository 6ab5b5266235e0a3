import { describe, expect, it } from "vitest";
import { contrast, inkOn, layoutBars, layoutTimeline, MIN_WIDTH, placeTicks, placeValue, textWidth, valueAxis, wrapText } from "./layout";
import { figuresChart, figureValue, stancesChart, territoriesChart } from "./models";
import { SERIES_COLOURS, STANCE_COLOURS } from "./palette";

const compact = new Intl.NumberFormat("en-GB", { notation: "compact" });

describe("wrapText", () => {
  const long = "A proposed peacetime cap on the armed forces discussed at earlier talks (not a draft in this process)";

  it("breaks a long label into lines that fit, keeping every word", () => {
    const lines = wrapText(long, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(long);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
    expect(lines.join("")).not.toContain("…");
  });

  it("keeps a short label on one line", () => {
    expect(wrapText("28-point plan", MIN_WIDTH, 12)).toEqual(["28-point plan"]);
  });

  it("splits a word too long for any line without losing a character", () => {
    const word = "x".repeat(80);
    const lines = wrapText(`see ${word}`, 100, 12);
    expect(lines.join("").replace(/^see/, "")).toBe(word);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });
});

describe("axes", () => {
  it("rounds the value axis up to a readable maximum and labels it from zero in en-GB compact numbers", () => {
    const axis = valueAxis(900_000, (v) => compact.format(v));
    expect(axis.max).toBe(1_000_000);
    expect(axis.ticks[0]).toMatchObject({ at: 0, text: "0", anchor: "start" });
    expect(axis.ticks.at(-1)).toMatchObject({ at: 1, text: "1m", anchor: "end" });
  });

  it("keeps a fixed maximum (shares run to 100%)", () => {
    const axis = valueAxis(100, (v) => `${v}%`, 100);
    expect(axis.max).toBe(100);
    expect(axis.ticks.map((t) => t.text)).toContain("100%");
  });

  it("drops labels that would overlap on a phone, keeping both ends", () => {
    const candidates = Array.from({ length: 11 }, (_, i) => ({ at: i / 10, text: `${i} Dec 2025` }));
    const ticks = placeTicks(candidates);
    expect(ticks.length).toBeLessThan(candidates.length);
    expect(ticks[0].text).toBe("0 Dec 2025");
    expect(ticks.at(-1)!.text).toBe("10 Dec 2025");
    // Neighbours are at least their labels' width apart at the narrowest width.
    for (let i = 1; i < ticks.length; i++) {
      const gap = (ticks[i].at - ticks[i - 1].at) * MIN_WIDTH;
      expect(gap).toBeGreaterThan(textWidth(ticks[i].text, 11) / 2 + textWidth(ticks[i - 1].text, 11) / 2);
    }
  });
});

describe("value labels and colours", () => {
  it("puts a value after a short bar and inside a long one", () => {
    expect(placeValue("800,000", 0.3, 0.3, "#0072B2")).toMatchObject({ anchor: "start", ink: null });
    expect(placeValue("800,000", 0.95, 0.95, "#0072B2")).toMatchObject({ anchor: "end", ink: "#ffffff" });
    expect(placeValue("100%", 1, 1, "#E69F00")).toMatchObject({ anchor: "end", ink: "#000000" });
  });

  it("writes labels inside bars at 4.5:1 or more on every chart colour", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21);
    for (const fill of [...SERIES_COLOURS, ...Object.values(STANCE_COLOURS)]) expect(contrast(inkOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5);
  });
});

describe("layoutBars", () => {
  const axis = valueAxis(1_000_000, (v) => compact.format(v));
  const bar = (label: string, to: number, high?: number) => ({
    key: label,
    label,
    pieces: [{ from: 0, to, colour: "#0072B2", kind: "solid" as const, title: label }, ...(high ? [{ from: to, to: high, colour: "#0072B2", kind: "range" as const, title: label }] : [])],
    value: String(to),
  });

  it("stacks rows without overlap and grows the height with their lines", () => {
    const short = layoutBars([bar("One", 1), bar("Two", 2)], axis);
    const tall = layoutBars([bar("One", 1), bar("A label long enough to need a second and even a third line on a phone screen", 2)], axis);
    expect(tall.rows[1].lines.length).toBeGreaterThan(1);
    expect(tall.height).toBeGreaterThan(short.height);
    for (const layout of [short, tall])
      for (let i = 0; i < layout.rows.length; i++) {
        const row = layout.rows[i];
        expect(row.barY).toBeGreaterThan(row.lines.at(-1)!.y);
        if (i > 0) expect(row.lines[0].y - 12).toBeGreaterThan(layout.rows[i - 1].barY + layout.barHeight);
      }
    expect(short.plotBottom).toBeGreaterThan(short.rows.at(-1)!.barY + short.barHeight);
  });

  it("draws a range from its low to its high value on the axis", () => {
    const [row] = layoutBars([bar("Range", 250_000, 290_000)], axis).rows;
    expect(row.pieces[0]).toMatchObject({ kind: "solid", x: 0, width: 0.25 });
    expect(row.pieces[1].kind).toBe("range");
    expect(row.pieces[1].x).toBeCloseTo(0.25);
    expect(row.pieces[1].x + row.pieces[1].width).toBeCloseTo(0.29);
    expect(row.value).toMatchObject({ anchor: "start" });
    expect(row.value!.at).toBeCloseTo(0.29);
  });
});

describe("layoutTimeline", () => {
  const events = [
    { key: "a", date: "2025-06-02", importance: 4, title: "A" },
    { key: "b", date: "2025-11-20", importance: 5, title: "B" },
    { key: "c", date: "2025-11-20", importance: 5, title: "C" },
    { key: "d", date: "2026-02-04", importance: 1, title: "D" },
  ];
  const layout = layoutTimeline(events);

  it("places dots by date across and importance up, inside the drawing", () => {
    const [a, b, , d] = layout.dots;
    expect(a.at).toBeLessThan(b.at);
    expect(b.at).toBeLessThan(d.at);
    expect(b.y).toBeLessThan(a.y);
    expect(a.y).toBeLessThan(d.y);
    for (const dot of layout.dots) {
      expect(dot.at).toBeGreaterThan(0);
      expect(dot.at).toBeLessThan(1);
    }
  });

  it("sets events of the same day and importance side by side", () => {
    expect(layout.dots[1].offset).not.toBe(layout.dots[2].offset);
  });

  it("labels the date axis in the reader's date format", () => {
    expect(layout.ticks.length).toBeGreaterThan(1);
    for (const t of layout.ticks) expect(t.text).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}$/);
  });

  it("gives a single event a span around it", () => {
    const one = layoutTimeline([events[0]]);
    expect(one.dots[0].at).toBeGreaterThan(0.3);
    expect(one.dots[0].at).toBeLessThan(0.7);
  });
});

describe("chart models", () => {
  const figures = {
    title: "Strength; Cap",
    unit: "personnel",
    groups: ["Strength", "Cap"],
    sources: [],
    data: [
      { label: "Before the war (range)", value: 250_000, valueHigh: 290_000, approximate: true, group: "Strength", note: null, date: "2022-02-01" },
      { label: "Now", value: 800_000, valueHigh: null, approximate: false, group: "Strength", note: null, date: null },
      { label: "Plan", value: 600_000, valueHigh: null, approximate: false, group: "Cap", note: "peacetime", date: "2025-11-20" },
    ],
  };

  it("writes ranges as low–high and marks approximate values", () => {
    expect(figureValue(figures.data[0])).toBe("~250,000–290,000");
    expect(figureValue(figures.data[1])).toBe("800,000");
  });

  it("gives the figures a legend of metrics, the range band and the approximate mark, and dates the table", () => {
    const { legend, table, bars } = figuresChart(figures);
    expect(legend.map((l) => l.label)).toEqual(["Strength", "Cap", "Range of estimates (low to high)", "approximate value"]);
    expect(legend[0].colour).not.toBe(legend[1].colour);
    expect(table.rows[0]).toEqual(["Before the war (range)", "Strength", "~250,000–290,000", "1 Feb 2022", ""]);
    expect(bars.rows[0].pieces.map((p) => p.kind)).toEqual(["solid", "range"]);
    expect(bars.rows[0].value!.text).toBe("~250,000–290,000");
  });

  it("labels shares with a per cent sign and stances with their names", () => {
    const shares = territoriesChart({ data: [{ label: "A region", code: "X-1", value: 78.1, controller: "Someone", asOf: "2026-01-01" }], controllers: ["Someone"], sources: [] });
    expect(shares.bars.rows[0].value!.text).toBe("78.1%");
    expect(shares.table.rows[0]).toEqual(["A region", "Someone", "78.1%", "1 Jan 2026"]);
    expect(shares.legend).toEqual([]);
    const stances = stancesChart([{ issue: "An issue", issueId: "i", sortOrder: 0, supports: 3, conditional: 0, ambiguous: 1, opposes: 2, unknown: 0 }]);
    expect(stances.legend.map((l) => l.label)).toEqual(["Supports", "Conditional", "Ambiguous", "Opposes", "Unknown"]);
    expect(stances.bars.rows[0].pieces.map((p) => p.label)).toEqual(["3", "1", "2"]);
    expect(stances.bars.rows[0].pieces.every((p) => p.inner)).toBe(true);
  });
});
