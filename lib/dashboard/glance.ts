import "server-only";
// The dashboard's first screen: what a reader needs before the panels — the newest developments
// with their dates, the latest draft and what it changed, the key figures with their dates, and
// whether the briefing shown is older than what has been published since. Everything is
// published content; nothing is said that the data does not hold.
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { countChanges, listChanges } from "@/lib/updates/changes";

const LATEST_CARDS = 5;
/** "What changed this week": the window, and how many items of each kind it names. */
export const RECENT_DAYS = 7;
const RECENT_ITEMS = 3;

/**
 * What readers could see change in the last week, by kind (a stance restated, a draft added,
 * a claim corrected), with the first few of each. `now` comes from the caller so the page and
 * its cache agree on the window.
 */
async function loadRecentChanges(negotiationId: string, hidden: readonly string[], now: Date) {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const groups = await listChanges({ since, hidden, negotiationId });
  return {
    since,
    total: countChanges(groups),
    groups: groups.map((g) => ({ type: g.type, label: g.label, count: g.items.length, items: g.items.slice(0, RECENT_ITEMS).map((i) => ({ id: i.id, title: i.title, change: i.change, at: i.at, href: i.href })) })),
  };
}

export const getRecentChanges = cachedQuery("dashboard/glance.getRecentChanges", loadRecentChanges);
export type RecentChanges = Awaited<ReturnType<typeof getRecentChanges>>;

async function loadGlance(negotiationId: string, briefingCardIds: readonly string[]) {
  const published = { negotiationId, status: "published" as const };
  const [latestCards, latestDraft, metrics] = await Promise.all([
    db.card.findMany({
      where: { ...published, eventDate: { not: null } },
      orderBy: [{ eventDate: "desc" }, { importance: "desc" }, { id: "asc" }],
      take: LATEST_CARDS,
      select: { id: true, title: true, kind: true, eventDate: true, _count: { select: { citations: true } } },
    }),
    db.draft.findFirst({ where: published, orderBy: [{ date: "desc" }, { name: "desc" }], select: { id: true, name: true, title: true, date: true, provenance: true, declaredPointCount: true, revisesId: true, _count: { select: { points: { where: { status: "published" } } } } } }),
    db.metric.findMany({
      where: { negotiationId, chartOrder: { not: null } },
      orderBy: { chartOrder: "asc" },
      select: { id: true, name: true, unit: true, values: { where: { status: "published", date: { not: null } }, orderBy: [{ date: "desc" }, { id: "asc" }], take: 1, select: { value: true, valueHigh: true, approximate: true, label: true, date: true } } },
    }),
  ]);
  // The latest draft against the one it revises: how its points relate, and the changes flagged as substantive.
  const changes = latestDraft?.revisesId
    ? await db.pointAlignment.findMany({ where: { fromDraftId: latestDraft.revisesId, toDraftId: latestDraft.id, status: "published" }, select: { relation: true, note: true } })
    : [];
  const relations: Record<string, number> = {};
  for (const c of changes) relations[c.relation] = (relations[c.relation] ?? 0) + 1;
  const flagged = changes.filter((c) => c.note?.startsWith("Flagged changes")).length;
  const revises = latestDraft?.revisesId ? await db.draft.findFirst({ where: { id: latestDraft.revisesId, status: "published" }, select: { id: true, name: true } }) : null;

  // Published cards dated after the briefing's newest card and not in it: the briefing is older than what is known.
  const inBriefing = briefingCardIds.length ? await db.card.aggregate({ where: { id: { in: [...briefingCardIds] } }, _max: { eventDate: true } }) : null;
  const newestInBriefing = inBriefing?._max.eventDate ?? null;
  const newerCards = newestInBriefing ? await db.card.count({ where: { ...published, eventDate: { gt: newestInBriefing }, id: { notIn: [...briefingCardIds] } } }) : 0;

  return {
    latestCards,
    latestDraft: latestDraft ? { ...latestDraft, revises, relations, flagged, alignments: changes.length } : null,
    figures: metrics.filter((m) => m.values.length).map((m) => ({ id: m.id, name: m.name, unit: m.unit, ...m.values[0] })),
    newestInBriefing,
    newerCards,
  };
}

export const getGlance = cachedQuery("dashboard/glance.getGlance", loadGlance);
export type Glance = Awaited<ReturnType<typeof getGlance>>;
