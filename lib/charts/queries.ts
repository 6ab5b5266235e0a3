import "server-only";
import { db } from "@/lib/db";
import { STANCES, type Stance } from "@/lib/domain/enums";
import { currentPosition } from "@/lib/positions/history";

/** The metrics the army-size chart combines: current strength estimates and each draft's cap. */
export const ARMY_METRICS = { strength: "ukraine-forces", cap: "army-cap" } as const;

export type ChartSource = { outlet: string; title: string; url: string | null };
export type BarDatum = { label: string; value: number; valueHigh: number | null; approximate: boolean; group: string; note: string | null; date: string | null };

async function metricSources(metricIds: string[]): Promise<ChartSource[]> {
  const citations = await db.citation.findMany({
    where: { metricValue: { metricId: { in: metricIds } } },
    select: { source: { select: { id: true, outlet: true, title: true, url: true } } },
  });
  const unique = new Map(citations.map((c) => [c.source.id, c.source]));
  return [...unique.values()].map(({ outlet, title, url }) => ({ outlet, title, url }));
}

/** Army size now (estimates) against the cap each draft or demand sets. */
export async function getArmyChart() {
  const metrics = await db.metric.findMany({
    where: { id: { in: [ARMY_METRICS.strength, ARMY_METRICS.cap] } },
    select: { id: true, name: true, unit: true, values: { select: { label: true, value: true, valueHigh: true, approximate: true, note: true, date: true, draft: { select: { name: true, date: true } } }, orderBy: { value: "asc" } } },
  });
  const strength = metrics.find((m) => m.id === ARMY_METRICS.strength);
  const cap = metrics.find((m) => m.id === ARMY_METRICS.cap);
  const toDatum = (group: string) => (v: NonNullable<typeof strength>["values"][number]): BarDatum => ({
    label: v.draft ? v.draft.name : v.label,
    value: v.value,
    valueHigh: v.valueHigh,
    approximate: v.approximate,
    group,
    note: v.note,
    date: (v.date ?? v.draft?.date)?.toISOString().slice(0, 10) ?? null,
  });
  return {
    unit: strength?.unit ?? cap?.unit ?? "personnel",
    data: [...(strength?.values.map(toDatum("Strength (estimate)")) ?? []), ...(cap?.values.map(toDatum("Cap")) ?? [])],
    sources: await metricSources([ARMY_METRICS.strength, ARMY_METRICS.cap]),
  };
}

/** How many actors currently take each stance, per issue. */
export async function getStanceDistribution() {
  const [issues, positions] = await Promise.all([
    db.issue.findMany({ select: { id: true, title: true }, orderBy: { sortOrder: "asc" } }),
    db.position.findMany({ select: { id: true, actorId: true, issueId: true, stance: true, statedAt: true }, orderBy: { createdAt: "asc" } }),
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
  return issues.filter((i) => counts.has(i.id)).map((i) => ({ issue: i.title, issueId: i.id, ...counts.get(i.id)! }));
}

/** Share of each territory under Russian control, where a share is reported. */
export async function getTerritoryShares() {
  const territories = await db.territory.findMany({
    where: { russianControlPct: { not: null } },
    select: { code: true, nameEn: true, russianControlPct: true, controlAsOf: true },
    orderBy: { russianControlPct: "desc" },
  });
  const sources = await db.citation.findMany({
    where: { territoryCode: { in: territories.map((t) => t.code) } },
    select: { source: { select: { id: true, outlet: true, title: true, url: true } } },
  });
  const unique = new Map(sources.map((c) => [c.source.id, c.source]));
  return {
    data: territories.map((t) => ({ label: t.nameEn, code: t.code, value: t.russianControlPct!, asOf: t.controlAsOf?.toISOString().slice(0, 10) ?? null })),
    sources: [...unique.values()].map(({ outlet, title, url }) => ({ outlet, title, url })),
  };
}

/** Published event cards on a time axis. */
export async function getEventTimeline() {
  const events = await db.card.findMany({
    where: { status: "published", kind: "event", eventDate: { not: null } },
    select: { id: true, title: true, eventDate: true, importance: true },
    orderBy: { eventDate: "asc" },
  });
  return events.map((e) => ({ id: e.id, title: e.title, date: e.eventDate!.toISOString().slice(0, 10), importance: e.importance }));
}

export type ArmyChart = Awaited<ReturnType<typeof getArmyChart>>;
export type StanceDistribution = Awaited<ReturnType<typeof getStanceDistribution>>;
export type TerritoryShares = Awaited<ReturnType<typeof getTerritoryShares>>;
export type EventTimeline = Awaited<ReturnType<typeof getEventTimeline>>;
