import { namedTerritories } from "@/lib/territories/names";
import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { containsText, db } from "@/lib/db";
import { PUBLISHED, visiblePoint, type Visibility } from "@/lib/records/visibility";
import { cardForReading } from "./select";
import { listIssues } from "@/lib/issues/queries";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { CardFilter } from "./schema";

function whereFor(negotiationId: string | null, filter: CardFilter, visibility: Visibility, hidden: readonly string[]): Prisma.CardWhereInput {
  const and: Prisma.CardWhereInput[] = [];
  // Across every negotiation (the search), readers see only the published ones, and none hidden from them.
  if (negotiationId) and.push({ negotiationId });
  else if (visibility === "published") and.push({ negotiation: PUBLISHED });
  if (!negotiationId && hidden.length) and.push({ negotiationId: { notIn: [...hidden] } });
  if (visibility === "published") and.push(PUBLISHED);
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

/**
 * One page of the card feed of a negotiation (or, with null, of every negotiation: the search
 * across all, leaving out the restricted negotiations `hidden` from this reader), newest first,
 * with the total for the pager. Each card names its negotiation.
 */
async function loadAllCards(negotiationId: string | null, filter: CardFilter, visibility: Visibility = "published", hidden: readonly string[] = []) {
  const where = whereFor(negotiationId, filter, visibility, hidden);
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

async function loadCard(negotiationId: string, id: string, visibility: Visibility = "published") {
  return db.card.findFirst({
    where: { id, negotiationId, ...(visibility === "published" ? PUBLISHED : {}) },
    select: {
      ...cardForReading,
      points: { where: visiblePoint(visibility), select: { id: true, number: true, title: true, draft: { select: { id: true, name: true } } }, orderBy: { sortOrder: "asc" } },
      briefings: { where: visibility === "published" ? { briefing: PUBLISHED } : {}, select: { briefing: { select: { slug: true, title: true } } } },
    },
  });
}

/** The values the feed's filter controls offer (those of one negotiation's published cards). */
async function loadCardFilterOptions(negotiationId: string) {
  const published = { status: "published" as const, negotiationId };
  const [actors, issues, territories, tags] = await Promise.all([
    db.actor.findMany({ where: { cards: { some: published } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    listIssues(negotiationId),
    db.territory.findMany({ where: { negotiationId, cards: { some: published } }, select: { code: true, names: true }, orderBy: { code: "asc" } }).then(namedTerritories),
    db.tag.findMany({ where: { cards: { some: published } }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return { actors, issues, territories, tags: tags.map((t) => t.name) };
}

export type ReadingCard = Awaited<ReturnType<typeof listCards>>["items"][number];
export type CardPage = Awaited<ReturnType<typeof listCards>>;
export type CardFilterOptions = Awaited<ReturnType<typeof getCardFilterOptions>>;

export const listCards = cachedQuery("cards/queries.listCards", loadAllCards);

export const getCard = cachedQuery("cards/queries.getCard", loadCard);

export const getCardFilterOptions = cachedQuery("cards/queries.getCardFilterOptions", loadCardFilterOptions);
