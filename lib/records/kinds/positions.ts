import { STANCES } from "@/lib/domain/enums";
import { STANCE_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { viaIssue } from "../scope";
import { checkbox, choice, citations, day, ref, text } from "../fields";

export const positions = defineKind({
  type: "positions",
  model: "position",
  key: "id",
  label: { one: "Position", many: "Positions" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    actorId: ref("Actor", "actors", "actor"),
    issueId: ref("Issue", "issues", "issue"),
    stance: choice("Stance", STANCES, { labels: STANCE_LABELS, message: "Choose a stance" }),
    statedAt: day("Stated on", { required: true }),
    dateApprox: checkbox("Date is approximate"),
    summary: text("Summary", { max: 2000, control: "textarea" }),
    quoteOriginal: text("Quote (original language)", { max: 4000, required: false, control: "textarea" }),
    quoteLanguage: text("Language of the quote (e.g. ru)", { max: 2, required: false, pattern: [/^[a-z]{2}$/, "Two-letter language code, e.g. ru"] }),
    translatedBy: text("Translated by", { max: 120, required: false }),
    quoteEnglish: text("Quote (English)", { max: 4000, required: false, control: "textarea" }),
  },
  links: { citations: citations() },
  titleInclude: { actor: { select: { name: true } }, issue: { select: { title: true } } },
  scope: viaIssue,
  title: (r) => `${(r.actor as { name?: string } | undefined)?.name ?? r.actorId} on ${(r.issue as { title?: string } | undefined)?.title ?? r.issueId} (${(r.statedAt as Date).toISOString().slice(0, 10)})`,
  list: { columns: ["actorId", "issueId", "stance", "status", "statedAt"], search: ["summary", "actorId", "issueId"], orderBy: { statedAt: "desc" } },
  readerPath: (_id, input) => ({ path: `/positions?cell=${encodeURIComponent(`${input.actorId}:${input.issueId}`)}`, preview: true }),
});
