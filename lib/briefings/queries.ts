import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { cardForReading } from "@/lib/cards/select";
import { db } from "@/lib/db";

const briefingForReading = (includeUnpublished: boolean) =>
  ({
    id: true,
    slug: true,
    title: true,
    summary: true,
    marking: true,
    authors: true,
    status: true,
    publishedAt: true,
    updatedAt: true,
    cards: {
      where: includeUnpublished ? {} : { card: { status: "published" as const } },
      orderBy: { sortOrder: "asc" as const },
      select: { card: { select: cardForReading } },
    },
  }) as const;

/** A negotiation's most recently published briefing with its published cards in reading order, or null. */
async function loadLatestPublishedBriefing(negotiationId: string) {
  return db.briefing.findFirst({
    where: { negotiationId, status: "published" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: briefingForReading(false),
  });
}

/**
 * One briefing by slug: published ones for every reader; with `includeUnpublished` (editors'
 * preview) also drafts and briefings in review, with their unpublished cards.
 */
async function loadBriefing(negotiationId: string, slug: string, includeUnpublished = false) {
  return db.briefing.findFirst({
    where: { slug, negotiationId, ...(includeUnpublished ? {} : { status: "published" }) },
    select: briefingForReading(includeUnpublished),
  });
}

async function loadPublishedBriefings(negotiationId: string) {
  return db.briefing.findMany({
    where: { negotiationId, status: "published" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    // The count readers can check against what they see: published cards only.
    select: { slug: true, title: true, publishedAt: true, authors: true, _count: { select: { cards: { where: { card: { status: "published" } } } } } },
  });
}

export type ReadingBriefing = NonNullable<Awaited<ReturnType<typeof getLatestPublishedBriefing>>>;

export const getLatestPublishedBriefing = cachedQuery("briefings/queries.getLatestPublishedBriefing", loadLatestPublishedBriefing);
export const getBriefing = cachedQuery("briefings/queries.getBriefing", loadBriefing);
export const listPublishedBriefings = cachedQuery("briefings/queries.listPublishedBriefings", loadPublishedBriefings);
