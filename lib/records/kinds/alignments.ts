import type { Tx } from "@/lib/db/client";
import { ALIGNMENT_RELATIONS, REPORTING_STATUSES } from "@/lib/domain/enums";
import { RELATION_LABELS, REPORTING_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { viaDrafts } from "../scope";
import { choice, citations, ref, text } from "../fields";

async function pointInDraft(tx: Tx, pointId: unknown, draftId: unknown) {
  if (typeof pointId !== "string") return true;
  const point = await tx.draftPoint.findUnique({ where: { id: pointId }, select: { draftId: true } });
  return !point || point.draftId === draftId;
}

const pointTitle = (p: unknown) => {
  const point = p as { number: number | null; title: string } | null | undefined;
  return point ? `${point.number != null ? `${point.number}. ` : ""}${point.title}` : "—";
};

export const alignments = defineKind({
  type: "alignments",
  model: "pointAlignment",
  key: "id",
  label: { one: "Point alignment", many: "Point alignments" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    fromDraftId: ref("Earlier draft", "drafts", "draft"),
    toDraftId: ref("Later draft", "drafts", "draft"),
    fromPointId: ref("Point in the earlier draft", "points", "draftPoint", { required: false, groupBy: "fromDraftId" }),
    toPointId: ref("Point in the later draft", "points", "draftPoint", { required: false, groupBy: "toDraftId" }),
    relation: choice("Relation", ALIGNMENT_RELATIONS, { labels: RELATION_LABELS, initial: "modified", message: "Choose a relation" }),
    reporting: choice("How it is known", REPORTING_STATUSES, { labels: REPORTING_LABELS, initial: "reported" }),
    note: text("Note", { max: 2000, required: false, control: "textarea" }),
  },
  links: { citations: citations() },
  refine: (a, ctx) => {
    if (a.fromDraftId === a.toDraftId) ctx.addIssue({ code: "custom", path: ["toDraftId"], message: "Pick two different drafts" });
    if (a.relation === "added" ? a.fromPointId : !a.fromPointId)
      ctx.addIssue({ code: "custom", path: ["fromPointId"], message: a.relation === "added" ? "An added point has no earlier point" : "Pick the earlier draft's point" });
    if (a.relation === "dropped" ? a.toPointId : !a.toPointId)
      ctx.addIssue({ code: "custom", path: ["toPointId"], message: a.relation === "dropped" ? "A dropped point has no later point" : "Pick the later draft's point" });
  },
  check: async (tx, input) => {
    const errors: Record<string, string> = {};
    if (!(await pointInDraft(tx, input.fromPointId, input.fromDraftId))) errors.fromPointId = "This point is not in the earlier draft";
    if (!(await pointInDraft(tx, input.toPointId, input.toDraftId))) errors.toPointId = "This point is not in the later draft";
    return Object.keys(errors).length ? errors : null;
  },
  titleInclude: { fromPoint: { select: { number: true, title: true } }, toPoint: { select: { number: true, title: true } } },
  scope: viaDrafts("fromDraftId", "toDraftId"),
  title: (r) => `${pointTitle(r.fromPoint)} → ${pointTitle(r.toPoint)} (${r.relation})`,
  list: { columns: ["fromDraftId", "toDraftId", "fromPointId", "toPointId", "relation", "status"], search: ["note", "fromPointId", "toPointId"], orderBy: { createdAt: "asc" } },
  readerPath: (id, input) => ({ path: `/compare?a=${encodeURIComponent(String(input.fromDraftId))}&b=${encodeURIComponent(String(input.toDraftId))}`, preview: true }),
});
