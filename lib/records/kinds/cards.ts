import { CARD_KINDS, CONFIDENCE_LEVELS, LIKELIHOODS } from "@/lib/domain/enums";
import { CARD_KIND_LABELS, CONFIDENCE_LABELS, LIKELIHOOD_TERMS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { ownNegotiation } from "../scope";
import { choice, citations, day, grade, refs, tags, text , ref} from "../fields";

export const cards = defineKind({
  type: "cards",
  model: "card",
  key: "id",
  label: { one: "Card", many: "Cards" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    negotiationId: ref("Negotiation", "negotiations", "negotiation"),
    title: text("Title", { max: 200, wide: true }),
    kind: choice("Kind", CARD_KINDS, { labels: CARD_KIND_LABELS, initial: "development", message: "Choose a kind" }),
    eventDate: day("Date of the event"),
    importance: grade("Importance (1–5)", [1, 2, 3, 4, 5], { initial: 3 }),
    likelihood: choice("Likelihood (ICD-203)", LIKELIHOODS, { labels: LIKELIHOOD_TERMS, required: false, hint: "Required for assessments" }),
    confidence: choice("Confidence", CONFIDENCE_LEVELS, { labels: CONFIDENCE_LABELS, required: false, hint: "Required for assessments" }),
    body: text("Body", { max: 20_000, control: "markdown" }),
  },
  links: {
    tags: tags("Tags (comma-separated)"),
    actorIds: refs("Actors", "actors", "actors", "actor"),
    issueIds: refs("Issues", "issues", "issues", "issue"),
    territoryIds: refs("Territories", "territories", "territories", "territory"),
    pointIds: refs("Draft points", "points", "points", "draftPoint"),
    citations: citations(),
  },
  refine: (card, ctx) => {
    // ICD-203: an assessment states how likely and with what confidence.
    if (card.kind === "assessment" && !card.likelihood) ctx.addIssue({ code: "custom", path: ["likelihood"], message: "An assessment needs a likelihood" });
    if (card.kind === "assessment" && !card.confidence) ctx.addIssue({ code: "custom", path: ["confidence"], message: "An assessment needs a confidence level" });
  },
  referencedBy: [{ model: "briefingCard", field: "cardId", label: "briefings" }],
  scope: ownNegotiation,
  title: (r) => String(r.title),
  list: { columns: ["title", "kind", "status", "eventDate"], search: ["title", "body"], orderBy: { updatedAt: "desc" } },
  readerPath: (id) => ({ path: `/cards/${encodeURIComponent(id)}`, preview: true }),
});
