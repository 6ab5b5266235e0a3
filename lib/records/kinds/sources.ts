import { sourcePath } from "@/lib/negotiations/paths";
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from "@/lib/domain/enums";
import { RELIABILITY_CHOICES } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { checkbox, choice, day, grade, text, url } from "../fields";

export const sources = defineKind({
  type: "sources",
  model: "source",
  key: "id",
  label: { one: "Source", many: "Sources" },
  readOnly: ["id", "version", "createdAt", "updatedAt"],
  columns: {
    title: text("Title", { max: 300, wide: true }),
    outlet: text("Outlet", { max: 120 }),
    url: url("URL"),
    publishedAt: day("Published on"),
    dateApprox: checkbox("Date is approximate"),
    reliability: choice("Reliability (Admiralty A–F)", RELIABILITY_GRADES, { labels: RELIABILITY_CHOICES, initial: "C", message: "Choose a reliability grade" }),
    credibility: grade("Credibility (Admiralty 1–6)", CREDIBILITY_GRADES, { initial: 3, message: "Choose a credibility grade" }),
    note: text("Note", { max: 2000, required: false, control: "textarea" }),
  },
  referencedBy: [{ model: "citation", field: "sourceId", label: "citations" }],
  title: (r) => `${r.outlet}: ${r.title}`,
  readerPath: (id) => ({ path: sourcePath(id), shared: true }),
  list: { columns: ["outlet", "title", "publishedAt", "reliability", "credibility"], search: ["title", "outlet"], orderBy: { publishedAt: "desc" } },
});
