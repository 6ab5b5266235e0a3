import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { cardForReading } from "@/lib/cards/queries";
import { db } from "@/lib/db";

/** The most recently published briefing with its published cards in reading order, or null. */
async function loadLatestPublishedBriefing() {
  return db.briefing.findFirst({
    where: { status: "published" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      marking: true,
      authors: true,
      publishedAt: true,
      cards: {
        where: { card: { status: "published" } },
        orderBy: { sortOrder: "asc" },
        select: { card: { select: cardForReading } },
      },
    },
  });
}

export type ReadingBriefing = NonNullable<Awaited<ReturnType<typeof getLatestPublishedBriefing>>>;

export const getLatestPublishedBriefing = cachedQuery("briefings/queries.getLatestPublishedBriefing", loadLatestPublishedBriefing);
