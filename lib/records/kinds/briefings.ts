import { defineKind } from "../define";
import { ownNegotiation } from "../scope";
import { order, text, textOrEmpty , ref} from "../fields";

export const briefings = defineKind({
  type: "briefings",
  model: "briefing",
  key: "id",
  label: { one: "Briefing", many: "Briefings" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    negotiationId: ref("Negotiation", "negotiations", "negotiation"),
    title: text("Title", { max: 200, wide: true }),
    slug: text("Slug (in the URL and PDF name)", {
      max: 80,
      pattern: [/^[a-z0-9]+(-[a-z0-9]+)*$/, "Lower-case letters, digits and single hyphens, e.g. moscow-talks-dec-2025"],
    }),
    marking: text("Marking", { max: 80, hint: "Printed at the top and bottom of every PDF page", initial: "UNCLASSIFIED" }),
    authors: textOrEmpty("Authors", { max: 300 }),
    summary: text("Summary", { max: 20_000, control: "markdown" }),
  },
  links: {
    /** The briefing's cards, in reading order. */
    cardIds: order("Cards, in reading order", "cards", {
      relation: "cards",
      key: "cardId",
      model: "card",
      addable: true,
      write: async (tx, id, cardIds) => {
        await tx.briefingCard.deleteMany({ where: { briefingId: id } });
        await tx.briefingCard.createMany({ data: cardIds.map((cardId, sortOrder) => ({ briefingId: id, cardId, sortOrder })) });
      },
    }),
  },
  check: async (tx, input, id) => {
    const other = await tx.briefing.findUnique({ where: { slug: String(input.slug) }, select: { id: true } });
    return other && other.id !== id ? { slug: "Another briefing already uses this slug" } : null;
  },
  scope: ownNegotiation,
  title: (r) => String(r.title),
  list: { columns: ["title", "slug", "status", "publishedAt"], search: ["title", "slug", "summary"], orderBy: { updatedAt: "desc" } },
  readerPath: (_id, input) => ({ path: `/briefings/${encodeURIComponent(String(input.slug))}`, preview: true }),
});
