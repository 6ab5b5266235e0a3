import type { Prisma } from "@/lib/generated/sqlite/client";
import { citationSelect } from "@/lib/sources/select";

/** What a reader sees of a card: the card, its negotiation, its links, and its sources with their grading. */
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
  territories: { select: { code: true, names: true }, orderBy: { code: "asc" } },
  citations: citationSelect,
  negotiation: { select: { slug: true, title: true } },
} as const satisfies Prisma.CardSelect;
