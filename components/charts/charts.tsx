"use client";
// The recharts drawings. Loaded lazily (see lazy-charts.tsx): recharts is the heaviest
// dependency of the dashboard. Animations are off so a chart is complete when it appears
// (and in print and PDF).
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { FiguresChart, EventTimeline, StanceDistribution, TerritoryShares } from "@/lib/charts/queries";
import { STANCES } from "@/lib/domain/enums";
import type { Serialized } from "@/lib/json/serialized";
import { seriesColour } from "./palette";

const number = new Intl.NumberFormat("en-GB");
const compact = new Intl.NumberFormat("en-GB", { notation: "compact" });
/** Long category labels are cut on the axis; the data table holds them whole. */
const shortLabel = (label: string) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);
const categoryAxis = (dataKey: string) => ({ type: "category" as const, dataKey, width: 190, interval: 0, tick: { fontSize: 11 }, tickFormatter: shortLabel });

const STANCE_COLOURS = { supports: "#0072B2", conditional: "#E69F00", ambiguous: "#CC79A7", opposes: "#D55E00", unknown: "#94a3b8" } as const;

export function FigureBars({ data, groups }: Pick<Serialized<FiguresChart>, "data" | "groups">) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} />
        <YAxis {...categoryAxis("label")} />
        <Tooltip formatter={(v) => number.format(Number(v))} />
        <Bar dataKey="value" name="Value" isAnimationActive={false}>
          {data.map((d, i) => (
            <Cell key={i} fill={seriesColour(groups, d.group)} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function StanceStacks({ data }: { data: Serialized<StanceDistribution> }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis {...categoryAxis("issue")} />
        <Tooltip />
        <Legend />
        {STANCES.map((s) => (
          <Bar key={s} dataKey={s} stackId="stance" name={s} fill={STANCE_COLOURS[s]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function TerritoryShareBars({ data }: { data: Serialized<TerritoryShares>["data"] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" />
        <YAxis {...categoryAxis("label")} />
        <Tooltip formatter={(v) => `${v}%`} />
        <Bar dataKey="value" name="Share held" fill="#e6550d" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function EventDots({ data }: { data: Serialized<EventTimeline> }) {
  const points = data.map((e) => ({ ...e, time: Date.parse(e.date), y: 1 }));
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ left: 8, right: 24, top: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="time" domain={["dataMin", "dataMax"]} scale="time" tickFormatter={(t: number) => day.format(t)} name="Date" />
        <YAxis type="number" dataKey="importance" domain={[0, 5]} allowDecimals={false} name="Importance" width={32} />
        <ZAxis range={[60, 60]} />
        <Tooltip cursor={false} content={({ payload }) => (payload?.[0] ? <div className="rounded bg-slate-900 px-2 py-1 text-xs text-white">{String((payload[0].payload as { title: string }).title)}</div> : null)} />
        <Scatter data={points} fill="#0072B2" isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
