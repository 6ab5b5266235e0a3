import { NEGOTIATION_STAGES } from "@/lib/domain/enums";
import { NEGOTIATION_STAGE_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { checkbox, choice, citations, day, ref, refs, text } from "../fields";

export const negotiations = defineKind({
  type: "negotiations",
  model: "negotiation",
  key: "id",
  label: { one: "Negotiation", many: "Negotiations" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    title: text("Title", { max: 200, wide: true }),
    slug: text("Slug (in the URL)", {
      max: 80,
      pattern: [/^[a-z0-9]+(-[a-z0-9]+)*$/, "Lower-case letters, digits and single hyphens, e.g. border-talks-2030"],
    }),
    stage: choice("Where it stands", NEGOTIATION_STAGES, { labels: NEGOTIATION_STAGE_LABELS, initial: "active" }),
    startedOn: day("Started on"),
    endedOn: day("Ended on"),
    summary: text("Summary", { max: 8000, control: "markdown" }),
    compareFromId: ref("Comparison shown first: earlier draft", "drafts", "draft", {
      required: false,
      hint: "Empty: the latest draft is compared with the one it revises",
    }),
    compareToId: ref("Comparison shown first: later draft", "drafts", "draft", { required: false }),
    restricted: checkbox("Only named readers (admins name them on the users page)"),
  },
  links: {
    partyIds: refs("Parties", "actors", "parties", "actor"),
    citations: citations(),
  },
  check: async (tx, input, id) => {
    const other = await tx.negotiation.findUnique({ where: { slug: String(input.slug) }, select: { id: true } });
    if (other && other.id !== id) return { slug: "Another negotiation already uses this slug" };
    // The default comparison is two drafts of this negotiation. That they exist is the reference
    // check's job; the seed names drafts it creates after their negotiation.
    for (const field of ["compareFromId", "compareToId"] as const) {
      const draftId = input[field];
      if (typeof draftId !== "string") continue;
      const draft = await tx.draft.findUnique({ where: { id: draftId }, select: { negotiationId: true } });
      if (draft && draft.negotiationId !== id) return { [field]: "Pick a draft of this negotiation" };
    }
    return null;
  },
  refine: (n, ctx) => {
    if (n.startedOn && n.endedOn && n.endedOn < n.startedOn) ctx.addIssue({ code: "custom", path: ["endedOn"], message: "It cannot end before it started" });
    if (!n.compareFromId !== !n.compareToId) ctx.addIssue({ code: "custom", path: [n.compareFromId ? "compareToId" : "compareFromId"], message: "Pick both drafts, or neither" });
    if (n.compareFromId && n.compareFromId === n.compareToId) ctx.addIssue({ code: "custom", path: ["compareToId"], message: "Pick two different drafts" });
  },
  /** A negotiation is its own scope; creating one is for editors limited to none (lib/admin/service.ts). */
  scope: async (_tx, record) => (record.id ? [String(record.id)] : []),
  readerPath: () => ({ path: "", preview: true }),
  referencedBy: [
    { model: "draft", field: "negotiationId", label: "drafts" },
    { model: "issue", field: "negotiationId", label: "issues" },
    { model: "territory", field: "negotiationId", label: "territories" },
    { model: "briefing", field: "negotiationId", label: "briefings" },
    { model: "card", field: "negotiationId", label: "cards" },
    { model: "metric", field: "negotiationId", label: "metrics" },
  ],
  tools: { record: (id) => [{ label: "Map of this negotiation", href: `/admin/negotiations/${encodeURIComponent(id)}/map` }] },
  title: (r) => String(r.title),
  list: { columns: ["title", "slug", "stage", "status"], search: ["title", "slug", "summary"], orderBy: { title: "asc" } },
});
