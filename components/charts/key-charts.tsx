"use client";
import type { FiguresChart, EventTimeline, StanceDistribution, TerritoryShares } from "@/lib/charts/queries";
import { STANCES } from "@/lib/domain/enums";
import type { Serialized } from "@/lib/json/serialized";
import { ChartFrame } from "./chart-frame";
import * as lazyDrawings from "./lazy-charts";
import { seriesColour } from "./palette";

const number = new Intl.NumberFormat("en-GB");

export type KeyChartsData = {
  figures: Serialized<FiguresChart>;
  stances: Serialized<StanceDistribution>;
  territories: Serialized<TerritoryShares>;
  events: Serialized<EventTimeline>;
};

/** The drawing components: lazily loaded on the dashboard; print passes the eager ones. */
export type ChartDrawings = typeof lazyDrawings;

export function KeyCharts({ figures, stances, territories, events, drawings = lazyDrawings }: KeyChartsData & { drawings?: ChartDrawings }) {
  const { FigureBars, EventDots, StanceStacks, TerritoryShareBars } = drawings;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {figures.unit === null ? (
        <NoChart id="figures" title="Key figures" message="No figures are charted for this negotiation yet (editors pick them on each metric)." />
      ) : (
        <ChartFrame
          id="figures"
          title={figures.title}
          height="h-[28rem]"
          unit={figures.unit}
          sources={figures.sources}
          table={{
            columns: ["Figure", "Metric", "Value", "Date", "Note"],
            rows: figures.data.map((d) => [d.label, d.group, `${d.approximate ? "~" : ""}${number.format(d.value)}${d.valueHigh ? `–${number.format(d.valueHigh)}` : ""}`, d.date ?? "", d.note ?? ""]),
          }}
        >
          {figures.groups.length > 1 && (
            <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Metrics in this chart">
              {figures.groups.map((g) => (
                <li key={g} className="flex items-center gap-1">
                  <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: seriesColour(figures.groups, g) }} />
                  {g}
                </li>
              ))}
            </ul>
          )}
          <FigureBars data={figures.data} groups={figures.groups} />
        </ChartFrame>
      )}
      {stances.length === 0 ? (
        <NoChart id="stances" title="Current stances per issue" message="No actor's stance is recorded yet." />
      ) : (
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
      )}
      {territories.data.length === 0 ? (
        <NoChart id="territories" title="Share of each territory held" message="No territory has a reported share under anyone's control." />
      ) : (
      <ChartFrame
        id="territories"
        title={territories.controllers.length === 1 ? `Share of each territory held by ${territories.controllers[0]}` : "Share of each territory held by its controller"}
        unit="% of the territory's area"
        sources={territories.sources}
        table={{ columns: ["Territory", "Held by", "% held", "As of"], rows: territories.data.map((t) => [t.label, t.controller, t.value, t.asOf ?? ""]) }}
      >
        <TerritoryShareBars data={territories.data} />
      </ChartFrame>
      )}
      {events.length === 0 ? (
        <NoChart id="events" title="Timeline of events" message="No event card is published yet." />
      ) : (
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
      )}
    </div>
  );
}

/**
 * In place of a chart with nothing to draw: says so. Not a chart frame, so print does not wait
 * for a drawing that will never come (lib/pdf/render.ts).
 */
function NoChart({ id, title, message }: { id: string; title: string; message: string }) {
  return (
    <figure data-testid={`chart-${id}`} data-chart-empty className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <h2 className="font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
      <p>{message}</p>
    </figure>
  );
}
