import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { containsText, db } from "@/lib/db";
import { citationSelect } from "@/lib/sources/select";
import { listIssues } from "@/lib/issues/queries";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { CardFilter } from "./schema";

/** What a reader sees of a card: the card, its links, and its sources with their grading. */
export const cardForReading = {
  id: true,
  title: true,
  body: true,
  kind: true,
  status: true,
  eventDate: true,
  importance: true,
  likelihood: true,
  confidence: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
  actors: { select: { id: true, name: true }, orderBy: { name: "asc" } },
  issues: { select: { id: true, title: true }, orderBy: { sortOrder: "asc" } },
  territories: { select: { code: true, nameEn: true }, orderBy: { code: "asc" } },
  citations: citationSelect,
} as const satisfies Prisma.CardSelect;

export type Visibility = { includeUnpublished?: boolean };

function whereFor(filter: CardFilter, { includeUnpublished = false }: Visibility): Prisma.CardWhereInput {
  const and: Prisma.CardWhereInput[] = [];
  if (!includeUnpublished) and.push({ status: "published" });
  if (filter.kind.length) and.push({ kind: { in: filter.kind } });
  if (filter.actor) and.push({ actors: { some: { id: filter.actor } } });
  if (filter.issue) and.push({ issues: { some: { id: filter.issue } } });
  if (filter.territory) and.push({ territories: { some: { code: filter.territory } } });
  if (filter.tag) and.push({ tags: { some: { name: filter.tag } } });
  if (filter.from) and.push({ eventDate: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ eventDate: { lte: new Date(`${filter.to}T23:59:59.999Z`) } });
  if (filter.q) {
    // Every word must appear in the title or the body.
    for (const word of filter.q.split(/\s+/).filter(Boolean).slice(0, 8)) {
      and.push({ OR: [{ title: containsText(word) }, { body: containsText(word) }] });
    }
  }
  return { AND: and };
}

/** One page of the card feed, newest first, with the total for the pager. */
async function loadAllCards(filter: CardFilter, visibility: Visibility = {}) {
  const where = whereFor(filter, visibility);
  const [total, items] = await Promise.all([
    db.card.count({ where }),
    db.card.findMany({
      where,
      select: cardForReading,
      orderBy: [{ eventDate: { sort: "desc", nulls: "last" } }, { importance: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    }),
  ]);
  return { items, total, page: filter.page, pageSize: filter.pageSize, pageCount: Math.max(1, Math.ceil(total / filter.pageSize)) };
}

async function loadCard(id: string, { includeUnpublished = false }: Visibility = {}) {
  return db.card.findFirst({
    where: { id, ...(includeUnpublished ? {} : { status: "published" }) },
    select: {
      ...cardForReading,
      points: { select: { id: true, number: true, title: true, draft: { select: { id: true, name: true } } }, orderBy: { sortOrder: "asc" } },
      briefings: { where: includeUnpublished ? {} : { briefing: { status: "published" } }, select: { briefing: { select: { slug: true, title: true } } } },
    },
  });
}

/** The values the feed's filter controls offer. */
async function loadCardFilterOptions() {
  const [actors, issues, territories, tags] = await Promise.all([
    db.actor.findMany({ where: { cards: { some: { status: "published" } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    listIssues(),
    db.territory.findMany({ where: { cards: { some: { status: "published" } } }, select: { code: true, nameEn: true }, orderBy: { nameEn: "asc" } }),
    db.tag.findMany({ where: { cards: { some: { status: "published" } } }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return { actors, issues, territories, tags: tags.map((t) => t.name) };
}

export type ReadingCard = Awaited<ReturnType<typeof listCards>>["items"][number];
export type CardPage = Awaited<ReturnType<typeof listCards>>;
export type CardFilterOptions = Awaited<ReturnType<typeof getCardFilterOptions>>;

export const listCards = cachedQuery("cards/queries.listCards", loadAllCards);

export const getCard = cachedQuery("cards/queries.getCard", loadCard);

export const getCardFilterOptions = cachedQuery("cards/queries.getCardFilterOptions", loadCardFilterOptions);
