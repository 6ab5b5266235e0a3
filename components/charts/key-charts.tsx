// The key charts, drawn on the server: the page's HTML holds every chart whole, without any
// script (so print and PDF need not wait for a drawing).
import { eventsChart, figuresChart, stancesChart, territoriesChart } from "@/lib/charts/models";
import type { FiguresChart, EventTimeline, StanceDistribution, TerritoryShares } from "@/lib/charts/queries";
import type { Serialized } from "@/lib/json/serialized";
import { BarChart } from "./bar-chart";
import { ChartFrame } from "./chart-frame";
import { Timeline } from "./timeline";

export type KeyChartsData = {
  figures: Serialized<FiguresChart>;
  stances: Serialized<StanceDistribution>;
  territories: Serialized<TerritoryShares>;
  events: Serialized<EventTimeline>;
};

export function KeyCharts({ figures, stances, territories, events }: KeyChartsData) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {figures.unit === null || figures.data.length === 0 ? (
        <NoChart id="figures" title="Key figures" message="No figures are charted for this negotiation yet (editors pick them on each metric)." />
      ) : (
        <FiguresFrame figures={figures} />
      )}
      {stances.length === 0 ? <NoChart id="stances" title="Current stances per issue" message="No actor's stance is recorded yet." /> : <StancesFrame stances={stances} />}
      {territories.data.length === 0 ? (
        <NoChart id="territories" title="Share of each territory held" message="No territory has a reported share under anyone's control." />
      ) : (
        <TerritoriesFrame territories={territories} />
      )}
      {events.length === 0 ? <NoChart id="events" title="Timeline of events" message="No event card is published yet." /> : <EventsFrame events={events} />}
    </div>
  );
}

function FiguresFrame({ figures }: { figures: KeyChartsData["figures"] }) {
  const { bars, legend, table } = figuresChart(figures);
  return (
    <ChartFrame id="figures" title={figures.title} unit={figures.unit!} sources={figures.sources} legend={legend} table={table}>
      <BarChart layout={bars} labelledBy="figures-title" chart="figures" />
    </ChartFrame>
  );
}

function StancesFrame({ stances }: { stances: KeyChartsData["stances"] }) {
  const { bars, legend, table } = stancesChart(stances);
  return (
    <ChartFrame id="stances" title="Current stances per issue" unit="actors" sources={[]} sourceNote="each actor's latest recorded statement (see Positions)" legend={legend} table={table}>
      <BarChart layout={bars} labelledBy="stances-title" chart="stances" />
    </ChartFrame>
  );
}

function TerritoriesFrame({ territories }: { territories: KeyChartsData["territories"] }) {
  const { bars, legend, table } = territoriesChart(territories);
  const title = territories.controllers.length === 1 ? `Share of each territory held by ${territories.controllers[0]}` : "Share of each territory held by its controller";
  return (
    <ChartFrame id="territories" title={title} unit="% of the territory's area" sources={territories.sources} legend={legend} table={table}>
      <BarChart layout={bars} labelledBy="territories-title" chart="territories" />
    </ChartFrame>
  );
}

function EventsFrame({ events }: { events: KeyChartsData["events"] }) {
  const { timeline, table } = eventsChart(events);
  return (
    <ChartFrame id="events" title="Timeline of events" unit="importance (1–5) by date" sources={[]} sourceNote="published event cards (each cites its sources)" table={table}>
      <Timeline layout={timeline} labelledBy="events-title" />
    </ChartFrame>
  );
}

/** In place of a chart with nothing to draw: says so (not a chart frame: there is no drawing to look for). */
function NoChart({ id, title, message }: { id: string; title: string; message: string }) {
  return (
    <figure data-testid={`chart-${id}`} data-chart-empty className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <h2 className="font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
      <p>{message}</p>
    </figure>
  );
}
