import "server-only";
// Which negotiations a reader sees, resolved in one place: published ones for every reader;
// unpublished ones too for an editor's preview (the same rule as every other record, see
// lib/records/visibility.ts). Pages, API routes and the header all go through these.
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { onlyPublished, PUBLISHED, visibleDraft, visiblePosition, type Visibility } from "@/lib/records/visibility";

const negotiationSelect = { id: true, slug: true, title: true, summary: true, stage: true, status: true, restricted: true, startedOn: true, endedOn: true, createdAt: true } as const;

async function loadNegotiations(visibility: Visibility) {
  return db.negotiation.findMany({ where: onlyPublished(visibility, PUBLISHED), select: negotiationSelect, orderBy: [{ createdAt: "asc" }, { slug: "asc" }] });
}

/**
 * The negotiations of a visibility, the first case first (earliest created), restricted ones
 * included: readers get them through readableNegotiations, which leaves out those hidden from them.
 */
export const listNegotiations = cachedQuery("negotiations/queries.listNegotiations", loadNegotiations);

export type NegotiationRef = Awaited<ReturnType<typeof listNegotiations>>[number];

/** The negotiations this reader sees: `hidden` are the restricted ones they may not read (lib/negotiations/access.ts). */
export async function readableNegotiations(visibility: Visibility, hidden: readonly string[]): Promise<NegotiationRef[]> {
  const all = await listNegotiations(visibility);
  return hidden.length ? all.filter((n) => !hidden.includes(n.id)) : all;
}

/** The negotiation behind a slug, or null when there is none or this reader may not see it. */
export async function findNegotiation(slug: string, visibility: Visibility, hidden: readonly string[]): Promise<NegotiationRef | null> {
  return (await readableNegotiations(visibility, hidden)).find((n) => n.slug === slug) ?? null;
}

/** "The first case": the earliest-created published negotiation open to every reader (old addresses lead there), or null. */
export async function firstCase(): Promise<NegotiationRef | null> {
  return (await listNegotiations("published")).find((n) => !n.restricted) ?? null;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
export const SPARKLINE_WEEKS = 12;

/**
 * Each visible negotiation with what the list at `/` shows: its last change (the latest update
 * of it or of a record it owns that the reader sees), its latest draft, and its activity: how many
 * dated records (statements of position, cards' events, drafts) fall in each of the
 * SPARKLINE_WEEKS weeks up to its latest one, by the records' own dates.
 */
async function loadOverviews(visibility: Visibility, hidden: readonly string[]) {
  const negotiations = await readableNegotiations(visibility, hidden);
  return Promise.all(
    negotiations.map(async (n) => {
      const inN = { negotiationId: n.id };
      const card = { ...inN, ...onlyPublished(visibility, PUBLISHED) };
      const position = { issue: inN, ...visiblePosition(visibility) };
      const draft = { ...inN, ...visibleDraft(visibility) };
      const [latestDraft, lastDraft, lastCard, lastPosition, lastBriefing, cardDates, positionDates, draftDates] = await Promise.all([
        db.draft.findFirst({ where: draft, select: { id: true, name: true, date: true }, orderBy: [{ date: "desc" }, { name: "desc" }] }),
        db.draft.aggregate({ where: draft, _max: { updatedAt: true } }),
        db.card.aggregate({ where: card, _max: { updatedAt: true } }),
        db.position.aggregate({ where: position, _max: { updatedAt: true } }),
        db.briefing.aggregate({ where: { ...inN, ...onlyPublished(visibility, PUBLISHED) }, _max: { updatedAt: true } }),
        db.card.findMany({ where: { ...card, eventDate: { not: null } }, select: { eventDate: true } }),
        db.position.findMany({ where: position, select: { statedAt: true } }),
        db.draft.findMany({ where: draft, select: { date: true } }),
      ]);
      const own = await db.negotiation.findUnique({ where: { id: n.id }, select: { updatedAt: true } });
      const changes = [own?.updatedAt, lastDraft._max.updatedAt, lastCard._max.updatedAt, lastPosition._max.updatedAt, lastBriefing._max.updatedAt].filter((d): d is Date => !!d);
      const dates = [...cardDates.map((c) => c.eventDate!), ...positionDates.map((p) => p.statedAt), ...draftDates.map((d) => d.date)].filter((d): d is Date => !!d);
      return { ...n, lastChange: changes.length ? new Date(Math.max(...changes.map((d) => d.getTime()))) : null, latestDraft, activity: weeklyActivity(dates) };
    }),
  );
}

/** Counts per week for the SPARKLINE_WEEKS weeks that end with the latest date (oldest first). */
export function weeklyActivity(dates: Date[], weeks = SPARKLINE_WEEKS): { weekEnding: string; count: number }[] {
  if (!dates.length) return [];
  const end = Math.max(...dates.map((d) => d.getTime()));
  const counts = Array.from({ length: weeks }, () => 0);
  for (const d of dates) {
    const ago = Math.floor((end - d.getTime()) / WEEK_MS);
    if (ago < weeks) counts[weeks - 1 - ago] += 1;
  }
  return counts.map((count, i) => ({ weekEnding: new Date(end - (weeks - 1 - i) * WEEK_MS).toISOString().slice(0, 10), count }));
}

export const listNegotiationOverviews = cachedQuery("negotiations/queries.listNegotiationOverviews", loadOverviews);
export type NegotiationOverview = Awaited<ReturnType<typeof listNegotiationOverviews>>[number];
