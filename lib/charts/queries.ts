import { territoryName } from "@/lib/territories/names";
import "server-only";
import { db } from "@/lib/db";
import { STANCES, type Stance } from "@/lib/domain/enums";
import { currentPosition } from "@/lib/positions/history";
import { PUBLISHED, visibleMetricValue, visiblePosition } from "@/lib/records/visibility";
import { sortEvents, sortFigures, sortIssues, sortShares, sortSources } from "./order";

export type ChartSource = { outlet: string; title: string; url: string | null };
export type BarDatum = { label: string; value: number; valueHigh: number | null; approximate: boolean; group: string; note: string | null; date: string | null };

async function metricSources(metricIds: string[]): Promise<ChartSource[]> {
  const citations = await db.citation.findMany({
    where: { metricValue: { metricId: { in: metricIds }, ...visibleMetricValue("published") } },
    select: { source: { select: { id: true, outlet: true, title: true, url: true } } },
  });
  const unique = new Map(citations.map((c) => [c.source.id, c.source]));
  return sortSources([...unique.values()].map(({ outlet, title, url }) => ({ outlet, title, url })));
}

/**
 * The key-figures chart: the metrics its negotiation charts (Metric.chartOrder, set by editors),
 * each a group of bars. Only metrics in the first one's unit share its axis: figures in other
 * units would be drawn to a false scale, so they are left to the metric's own data.
 */
export async function getFiguresChart(negotiationId: string) {
  const charted = await db.metric.findMany({
    where: { negotiationId, chartOrder: { not: null } },
    orderBy: [{ chartOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, unit: true, values: { where: visibleMetricValue("published"), select: { label: true, value: true, valueHigh: true, approximate: true, note: true, date: true, draft: { select: { name: true, date: true } } } } },
  });
  const unit = charted[0]?.unit ?? null;
  const metrics = charted.filter((m) => m.unit === unit);
  const data: BarDatum[] = metrics.flatMap((m) =>
    m.values.map((v) => ({
      label: v.draft ? v.draft.name : v.label,
      value: v.value,
      valueHigh: v.valueHigh,
      approximate: v.approximate,
      group: m.name,
      note: v.note,
      date: (v.date ?? v.draft?.date)?.toISOString().slice(0, 10) ?? null,
    })),
  );
  const groups = metrics.map((m) => m.name);
  return { title: groups.join("; "), unit, groups, data: sortFigures(data, groups), sources: await metricSources(metrics.map((m) => m.id)) };
}

/** How many actors currently take each stance, per issue. */
export async function getStanceDistribution(negotiationId: string) {
  const [issues, positions] = await Promise.all([
    db.issue.findMany({ where: { negotiationId }, select: { id: true, title: true, sortOrder: true } }),
    db.position.findMany({ where: { issue: { negotiationId }, ...visiblePosition("published") }, select: { id: true, actorId: true, issueId: true, stance: true, statedAt: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const byPair = new Map<string, typeof positions>();
  for (const p of positions) byPair.set(`${p.actorId}:${p.issueId}`, [...(byPair.get(`${p.actorId}:${p.issueId}`) ?? []), p]);
  const counts = new Map<string, Record<Stance, number>>();
  for (const list of byPair.values()) {
    const current = currentPosition(list)!;
    const row = counts.get(current.issueId) ?? (Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>);
    row[current.stance] += 1;
    counts.set(current.issueId, row);
  }
  return sortIssues(issues.filter((i) => counts.has(i.id)).map((i) => ({ issue: i.title, issueId: i.id, sortOrder: i.sortOrder, ...counts.get(i.id)! })));
}

/** Share of each territory held by the actor named as its controller, where a share is reported. */
export async function getTerritoryShares(negotiationId: string) {
  const territories = await db.territory.findMany({
    where: { negotiationId, controlSharePct: { not: null }, controlledById: { not: null } },
    select: { id: true, code: true, names: true, controlSharePct: true, controlAsOf: true, controlledBy: { select: { name: true } } },
  });
  const sources = await db.citation.findMany({
    where: { territoryId: { in: territories.map((t) => t.id) } },
    select: { source: { select: { id: true, outlet: true, title: true, url: true } } },
  });
  const unique = new Map(sources.map((c) => [c.source.id, c.source]));
  const data = sortShares(territories.map((t) => ({ label: territoryName(t.names), code: t.code, value: t.controlSharePct!, controller: t.controlledBy!.name, asOf: t.controlAsOf?.toISOString().slice(0, 10) ?? null })));
  return {
    data,
    /** Who holds them, in the order of their largest shares. */
    controllers: [...new Set(data.map((t) => t.controller))],
    sources: sortSources([...unique.values()].map(({ outlet, title, url }) => ({ outlet, title, url }))),
  };
}

/** Published event cards on a time axis. */
export async function getEventTimeline(negotiationId: string) {
  const events = await db.card.findMany({
    where: { ...PUBLISHED, negotiationId, kind: "event", eventDate: { not: null } },
    select: { id: true, title: true, eventDate: true, importance: true },
  });
  return sortEvents(events.map((e) => ({ id: e.id, title: e.title, date: e.eventDate!.toISOString().slice(0, 10), importance: e.importance })));
}

export type FiguresChart = Awaited<ReturnType<typeof getFiguresChart>>;
export type StanceDistribution = Awaited<ReturnType<typeof getStanceDistribution>>;
export type TerritoryShares = Awaited<ReturnType<typeof getTerritoryShares>>;
export type EventTimeline = Awaited<ReturnType<typeof getEventTimeline>>;
