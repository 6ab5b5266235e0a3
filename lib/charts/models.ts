// What each key chart draws, from its data: the bars (with their tooltips and value labels) and
// the rows of its data table. Shared by the dashboard, the charts page and print.
import { STANCE_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { Serialized } from "@/lib/json/serialized";
import type { EventTimeline, FiguresChart, StanceDistribution, TerritoryShares } from "./queries";
import { layoutBars, layoutTimeline, valueAxis, type BarLayout, type BarPiece, type TimelineLayout } from "./layout";
import { seriesColour, STANCE_COLOURS, STANCE_ORDER as STANCES } from "./palette";

const number = new Intl.NumberFormat("en-GB");
const compact = new Intl.NumberFormat("en-GB", { notation: "compact" });
const percent = (value: number) => `${number.format(value)}%`;

export type Table = { columns: string[]; rows: (string | number)[][] };
export type LegendItem = { label: string; colour: string; kind?: "range" | "mark"; mark?: string };

/** "~250,000–290,000": a range as low–high, an approximate value marked with "~". */
export function figureValue(d: { value: number; valueHigh: number | null; approximate: boolean }): string {
  return `${d.approximate ? "~" : ""}${number.format(d.value)}${d.valueHigh !== null && d.valueHigh !== d.value ? `–${number.format(d.valueHigh)}` : ""}`;
}

const dated = (date: string | null) => (date ? ` (${formatDate(date)})` : "");

export function figuresChart(figures: Serialized<FiguresChart>): { bars: BarLayout; legend: LegendItem[]; table: Table } {
  const { data, groups, unit } = figures;
  const axis = valueAxis(Math.max(0, ...data.map((d) => Math.max(d.value, d.valueHigh ?? d.value))), (v) => compact.format(v));
  const rows = data.map((d, i) => {
    const colour = seriesColour(groups, d.group);
    const title = `${d.label}: ${figureValue(d)} ${unit ?? ""}${dated(d.date)}`.replace(/ +/g, " ");
    const pieces: BarPiece[] = [{ from: 0, to: d.value, colour, kind: "solid", title }];
    if (d.valueHigh !== null && d.valueHigh > d.value) pieces.push({ from: d.value, to: d.valueHigh, colour, kind: "range", title });
    return { key: `${i}`, label: d.label, pieces, value: figureValue(d) };
  });
  const legend: LegendItem[] = groups.length > 1 ? groups.map((g) => ({ label: g, colour: seriesColour(groups, g) })) : [];
  if (data.some((d) => d.valueHigh !== null && d.valueHigh > d.value)) legend.push({ label: "Range of estimates (low to high)", colour: seriesColour(groups, groups[0]), kind: "range" });
  if (data.some((d) => d.approximate)) legend.push({ label: "approximate value", colour: "", kind: "mark", mark: "~" });
  return {
    bars: layoutBars(rows, axis),
    legend,
    table: { columns: ["Figure", "Metric", "Value", "Date", "Note"], rows: data.map((d) => [d.label, d.group, figureValue(d), d.date ? formatDate(d.date) : "", d.note ?? ""]) },
  };
}

export function stancesChart(stances: Serialized<StanceDistribution>): { bars: BarLayout; legend: LegendItem[]; table: Table } {
  const totals = stances.map((s) => STANCES.reduce((n, k) => n + s[k], 0));
  const axis = valueAxis(Math.max(0, ...totals), (v) => number.format(v));
  const rows = stances.map((s, i) => {
    let at = 0;
    const pieces: BarPiece[] = [];
    for (const k of STANCES) {
      if (!s[k]) continue;
      pieces.push({ from: at, to: at + s[k], colour: STANCE_COLOURS[k], kind: "solid", title: `${s.issue}: ${STANCE_LABELS[k]}, ${s[k]} of ${totals[i]} actor${totals[i] === 1 ? "" : "s"}`, label: String(s[k]) });
      at += s[k];
    }
    return { key: s.issueId, label: s.issue, pieces };
  });
  return {
    bars: layoutBars(rows, axis),
    legend: STANCES.map((k) => ({ label: STANCE_LABELS[k], colour: STANCE_COLOURS[k] })),
    table: { columns: ["Issue", ...STANCES.map((k) => STANCE_LABELS[k])], rows: stances.map((s) => [s.issue, ...STANCES.map((k) => s[k])]) },
  };
}

export function territoriesChart(territories: Serialized<TerritoryShares>): { bars: BarLayout; legend: LegendItem[]; table: Table } {
  const { data, controllers } = territories;
  const rows = data.map((t) => {
    const title = `${t.label}: ${percent(t.value)} held by ${t.controller}${t.asOf ? `, as of ${formatDate(t.asOf)}` : ""}`;
    return { key: t.code, label: t.label, pieces: [{ from: 0, to: t.value, colour: seriesColour(controllers, t.controller), kind: "solid" as const, title }], value: percent(t.value) };
  });
  return {
    bars: layoutBars(rows, valueAxis(100, percent, 100)),
    legend: controllers.length > 1 ? controllers.map((c) => ({ label: `Held by ${c}`, colour: seriesColour(controllers, c) })) : [],
    table: { columns: ["Territory", "Held by", "% held", "As of"], rows: data.map((t) => [t.label, t.controller, percent(t.value), t.asOf ? formatDate(t.asOf) : ""]) },
  };
}

export function eventsChart(events: Serialized<EventTimeline>): { timeline: TimelineLayout; table: Table } {
  return {
    timeline: layoutTimeline(events.map((e) => ({ key: e.id, date: e.date, importance: e.importance, title: `${formatDate(e.date)}: ${e.title} (importance ${e.importance})` }))),
    table: { columns: ["Date", "Event", "Importance"], rows: events.map((e) => [formatDate(e.date), e.title, e.importance]) },
  };
}
