import "server-only";
import { db } from "@/lib/db";

const cardForReading = {
  select: {
    id: true,
    title: true,
    body: true,
    kind: true,
    eventDate: true,
    importance: true,
    likelihood: true,
    confidence: true,
    tags: { select: { name: true }, orderBy: { name: "asc" } },
    actors: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    citations: {
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        locator: true,
        source: {
          select: { id: true, title: true, outlet: true, url: true, publishedAt: true, dateApprox: true, reliability: true, credibility: true },
        },
      },
    },
  },
} as const;

/** The most recently published briefing with its published cards in reading order, or null. */
export async function getLatestPublishedBriefing() {
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
        select: { card: cardForReading },
      },
    },
  });
}

export type ReadingBriefing = NonNullable<Awaited<ReturnType<typeof getLatestPublishedBriefing>>>;
export type ReadingCard = ReadingBriefing["cards"][number]["card"];
