import { defineKind } from "../define";
import { ownNegotiation } from "../scope";
import { number, text , ref} from "../fields";

export const issues = defineKind({
  type: "issues",
  model: "issue",
  key: "id",
  label: { one: "Issue", many: "Issues" },
  readOnly: ["id", "version", "createdAt", "updatedAt"],
  columns: {
    negotiationId: ref("Negotiation", "negotiations", "negotiation"),
    title: text("Title", { max: 200, wide: true }),
    description: text("Description", { max: 4000, control: "textarea" }),
    proposition: text("What a stance supports or opposes", { max: 300, required: false, wide: true, hint: "One statement, e.g. \"The ceasefire line becomes the border\": \"supports\" in the matrix means supporting this" }),
    sortOrder: number("Order in the matrix", { required: true, int: true, min: 0, max: 10_000, initial: 0 }),
  },
  scope: ownNegotiation,
  referencedBy: [{ model: "position", field: "issueId", label: "positions" }],
  title: (r) => String(r.title),
  list: { columns: ["title", "sortOrder"], search: ["title", "description"], orderBy: { sortOrder: "asc" } },
  readerPath: (id) => ({ path: `/issues/${encodeURIComponent(id)}` }),
});
