import { defineKind } from "../define";
import { ownNegotiation } from "../scope";
import { number, ref, text } from "../fields";

export const metrics = defineKind({
  type: "metrics",
  model: "metric",
  key: "id",
  label: { one: "Metric", many: "Metrics" },
  readOnly: ["id", "version", "createdAt", "updatedAt"],
  columns: {
    negotiationId: ref("Negotiation", "negotiations", "negotiation"),
    name: text("Name", { max: 200, wide: true }),
    unit: text("Unit", { max: 60 }),
    category: text("Category", { max: 60 }),
    description: text("Description", { max: 2000, required: false, control: "textarea" }),
    chartOrder: number("Place in the key-figures chart", { int: true, min: 1, max: 99, hint: "Empty: not in the chart. Metrics charted together should share a unit" }),
  },
  referencedBy: [],
  scope: ownNegotiation,
  title: (r) => String(r.name),
  list: { columns: ["name", "unit", "category"], search: ["name", "category"], orderBy: { name: "asc" } },
  readerPath: () => ({ path: "/charts" }),
});
