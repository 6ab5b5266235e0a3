import { DRAFT_PROVENANCES } from "@/lib/domain/enums";
import { PROVENANCE_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { ownNegotiation } from "../scope";
import { choice, citations, day, number, order, ref, text } from "../fields";

export const drafts = defineKind({
  type: "drafts",
  model: "draft",
  key: "id",
  label: { one: "Draft", many: "Drafts" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    negotiationId: ref("Negotiation", "negotiations", "negotiation"),
    name: text("Short name", { max: 120 }),
    title: text("Title", { max: 300, wide: true }),
    date: day("Date", { required: true }),
    provenance: choice("How it became known", DRAFT_PROVENANCES, { labels: PROVENANCE_LABELS, initial: "reported" }),
    origin: text("Origin", { max: 1000, control: "textarea", hint: "Who drafted it and how it became known" }),
    declaredPointCount: number("Declared number of points", { int: true, min: 0, max: 1000 }),
    revisesId: ref("Revises", "drafts", "draft", { required: false }),
    summary: text("Summary", { max: 8000, control: "textarea" }),
    notes: text("Notes", { max: 8000, required: false, control: "textarea" }),
  },
  links: {
    /** The draft's points in document order (all of them); a new point goes last. */
    pointIds: order("Points, in document order", "points", {
      relation: "points",
      key: "id",
      model: "draftPoint",
      optional: true,
      check: async (tx, pointIds, id) => {
        if (!id || !pointIds) return null;
        const current = (await tx.draftPoint.findMany({ where: { draftId: id }, select: { id: true } })).map((p) => p.id).sort();
        const given = [...new Set(pointIds)].sort();
        return current.join() === given.join() ? null : "The order must list exactly this draft's points (they changed meanwhile: reload)";
      },
      write: async (tx, _id, pointIds) => {
        for (const [sortOrder, id] of pointIds.entries()) await tx.draftPoint.update({ where: { id }, data: { sortOrder } });
      },
    }),
    citations: citations(),
  },
  check: async (_tx, input, id) => (id && input.revisesId === id ? { revisesId: "A draft cannot revise itself" } : null),
  scope: ownNegotiation,
  referencedBy: [],
  /** Publishing a draft publishes its points and the alignments that involve it. */
  parts: async (tx, id) => [
    { type: "draft-points", ids: (await tx.draftPoint.findMany({ where: { draftId: id }, select: { id: true } })).map((p) => p.id) },
    {
      type: "alignments",
      ids: (await tx.pointAlignment.findMany({ where: { OR: [{ fromDraftId: id }, { toDraftId: id }] }, select: { id: true } })).map((a) => a.id),
    },
  ],
  partsLabel: "its points and alignments",
  title: (r) => String(r.name),
  list: { columns: ["name", "date", "provenance", "status", "declaredPointCount"], search: ["name", "title", "summary"], orderBy: { date: "asc" } },
  tools: {
    list: [{ label: "New draft from its text", href: "/admin/drafts/new-version" }],
    record: (id) => [
      { label: "New version from its text", href: `/admin/drafts/new-version?base=${encodeURIComponent(id)}` },
      { label: "Suggest alignments with another draft", href: `/admin/drafts/new-version?base=${encodeURIComponent(id)}&existing=1` },
      { label: "What its changes touch", href: `/admin/drafts/recheck?draft=${encodeURIComponent(id)}` },
    ],
  },
  readerPath: (id, input) => ({ path: input.revisesId ? `/compare?a=${encodeURIComponent(String(input.revisesId))}&b=${encodeURIComponent(id)}` : `/drafts`, preview: true }),
});
