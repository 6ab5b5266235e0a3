import { defineKind } from "../define";
import { viaMetric } from "../scope";
import { checkbox, citations, day, number, ref, text } from "../fields";

export const metricValues = defineKind({
  type: "metric-values",
  model: "metricValue",
  key: "id",
  label: { one: "Metric value", many: "Metric values" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    metricId: ref("Metric", "metrics", "metric"),
    label: text("Label", { max: 200 }),
    value: number("Value", { required: true }),
    valueHigh: number("Upper bound (for a range)"),
    approximate: checkbox("Approximate"),
    date: day("Date"),
    draftId: ref("Set by draft", "drafts", "draft", { required: false }),
    note: text("Note", { max: 2000, required: false, control: "textarea" }),
  },
  links: { citations: citations() },
  refine: (v, ctx) => {
    if (typeof v.valueHigh === "number" && typeof v.value === "number" && v.valueHigh < v.value)
      ctx.addIssue({ code: "custom", path: ["valueHigh"], message: "The upper bound must not be below the value" });
  },
  titleInclude: { metric: { select: { name: true, unit: true } } },
  scope: viaMetric,
  title: (r) => `${(r.metric as { name?: string } | undefined)?.name ?? r.metricId}: ${r.label} = ${r.value}`,
  list: { columns: ["metricId", "label", "value", "date", "status"], search: ["label", "metricId"], orderBy: { metricId: "asc" } },
  readerPath: () => ({ path: "/charts", preview: true }),
});
