"use client";
import type { ArmyChart, EventTimeline, StanceDistribution, TerritoryShares } from "@/lib/charts/queries";
import { STANCES } from "@/lib/domain/enums";
import type { Serialized } from "@/lib/json/serialized";
import { ChartFrame } from "./chart-frame";
import * as lazyDrawings from "./lazy-charts";

const number = new Intl.NumberFormat("en-GB");

export type KeyChartsData = {
  army: Serialized<ArmyChart>;
  stances: Serialized<StanceDistribution>;
  territories: Serialized<TerritoryShares>;
  events: Serialized<EventTimeline>;
};

/** The drawing components: lazily loaded on the dashboard; print passes the eager ones. */
export type ChartDrawings = typeof lazyDrawings;

export function KeyCharts({ army, stances, territories, events, drawings = lazyDrawings }: KeyChartsData & { drawings?: ChartDrawings }) {
  const { ArmyBars, EventDots, StanceStacks, TerritoryShareBars } = drawings;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFrame
        id="army"
        title="Ukraine's armed forces: strength now and the cap in each draft"
        height="h-[28rem]"
        unit="personnel"
        sources={army.sources}
        table={{
          columns: ["Figure", "Kind", "Personnel", "Date", "Note"],
          rows: army.data.map((d) => [d.label, d.group, `${d.approximate ? "~" : ""}${number.format(d.value)}${d.valueHigh ? `–${number.format(d.valueHigh)}` : ""}`, d.date ?? "", d.note ?? ""]),
        }}
      >
        <ArmyBars data={army.data} />
      </ChartFrame>
      <ChartFrame
        id="stances"
        title="Current stances per issue"
        height="h-[28rem]"
        unit="actors"
        sources={[]}
        sourceNote="each actor's latest recorded statement (see Positions)"
        table={{ columns: ["Issue", ...STANCES], rows: stances.map((s) => [s.issue, ...STANCES.map((k) => s[k])]) }}
      >
        <StanceStacks data={stances} />
      </ChartFrame>
      <ChartFrame
        id="territories"
        title="Share of each region under Russian control"
        unit="% of the region's area"
        sources={territories.sources}
        table={{ columns: ["Region", "% under Russian control", "As of"], rows: territories.data.map((t) => [t.label, t.value, t.asOf ?? ""]) }}
      >
        <TerritoryShareBars data={territories.data} />
      </ChartFrame>
      <ChartFrame
        id="events"
        title="Timeline of events"
        unit="importance (1–5) by date"
        sources={[]}
        sourceNote="published event cards (each cites its sources)"
        table={{ columns: ["Date", "Event", "Importance"], rows: events.map((e) => [e.date, e.title, e.importance]) }}
      >
        <EventDots data={events} />
      </ChartFrame>
    </div>
  );
}
