import { POINT_CONFIDENCES, POINT_TEXT_STATUSES } from "@/lib/domain/enums";
import { POINT_CONFIDENCE_LABELS, TEXT_STATUS_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { viaDrafts } from "../scope";
import { choice, citations, createOnly, number, ref, refs, text } from "../fields";

export const draftPoints = defineKind({
  type: "draft-points",
  model: "draftPoint",
  key: "id",
  label: { one: "Draft point", many: "Draft points" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt", "sortOrder"],
  columns: {
    draftId: ref("Draft", "drafts", "draft"),
    number: number("Number in the document", { int: true, min: 0, max: 10_000 }),
    title: text("Title", { max: 300, wide: true }),
    textStatus: choice("How much of its text is known", POINT_TEXT_STATUSES, { labels: TEXT_STATUS_LABELS, initial: "paraphrase", message: "Choose how much of the text is known" }),
    confidence: choice("Confidence in the reporting", POINT_CONFIDENCES, { labels: POINT_CONFIDENCE_LABELS, required: false }),
    text: text("Text of the point", { max: 20_000, required: false, control: "textarea" }),
    reported: text("What is reported (when the text is not public)", { max: 8000, required: false, control: "textarea" }),
  },
  links: {
    position: createOnly(number("Place in the draft", { int: true, min: 1, max: 10_000, hint: "1 = first; empty = after the last point" })),
    issueIds: refs("Issues", "issues", "issues", "issue"),
    citations: citations(),
  },
  refine: (point, ctx) => {
    if (point.textStatus !== "not_public" && !point.text) ctx.addIssue({ code: "custom", path: ["text"], message: "Give the text, or mark it as not public" });
    if (point.textStatus === "not_public" && !point.reported) ctx.addIssue({ code: "custom", path: ["reported"], message: "Say what is reported about a point whose text is not public" });
  },
  /** A new point goes last in its draft, or at the place given (the points after it move down). */
  onCreate: async (tx, input) => {
    const draftId = String(input.draftId);
    const last = await tx.draftPoint.aggregate({ where: { draftId }, _max: { sortOrder: true } });
    const end = (last._max.sortOrder ?? -1) + 1;
    const wanted = typeof input.position === "number" ? input.position - 1 : end;
    if (wanted >= end) return { sortOrder: end };
    await tx.draftPoint.updateMany({ where: { draftId, sortOrder: { gte: wanted } }, data: { sortOrder: { increment: 1 } } });
    return { sortOrder: wanted };
  },
  referencedBy: [],
  titleInclude: { draft: { select: { name: true } } },
  scope: viaDrafts("draftId"),
  title: (r) => `${(r.draft as { name?: string } | undefined)?.name ?? r.draftId} · ${r.number != null ? `${r.number}. ` : ""}${r.title}`,
  list: { columns: ["draftId", "number", "title", "textStatus", "status"], search: ["title", "text", "reported"], orderBy: [{ draftId: "asc" }, { sortOrder: "asc" }] },
  readerPath: (id) => ({ path: `/drafts?point=${encodeURIComponent(id)}`, preview: true }),
});
