import { stringify } from "csv-stringify/sync";
import { rowRelationLabel } from "./compare";
import type { Comparison, ComparisonRow } from "./queries";

const pointLabel = (p: ComparisonRow["left"][number]) => `${p.number ?? "–"} ${p.title}`;
const pointText = (p: ComparisonRow["left"][number]) => p.text ?? `[text not public] ${p.reported ?? ""}`.trim();

/** The comparison as CSV, one row per aligned row, for spreadsheets; each row names the negotiation (its slug). */
export function comparisonCsv(negotiation: { slug: string }, comparison: Comparison, rows: ComparisonRow[]): string {
  const header = [
    "negotiation",
    "row",
    "relation",
    `${comparison.left.name}: points`,
    `${comparison.left.name}: text`,
    `${comparison.right.name}: points`,
    `${comparison.right.name}: text`,
    "alignment note",
    "reporting",
    "reactions",
    "sources",
  ];
  const body = rows.map((row) => [
    negotiation.slug,
    row.key,
    rowRelationLabel(row.relation),
    row.left.map(pointLabel).join("; "),
    row.left.map(pointText).join(" "),
    row.right.map(pointLabel).join("; "),
    row.right.map(pointText).join(" "),
    row.alignments.map((a) => a.note ?? "").filter(Boolean).join(" "),
    [...new Set(row.alignments.map((a) => a.reporting))].join("; "),
    [...row.left, ...row.right].flatMap((p) => p.reactions.map((r) => `${r.actor.name}: ${r.reaction}`)).join("; "),
    [...new Set(row.alignments.flatMap((a) => a.citations.map((c) => `${c.source.outlet}, ${c.source.title}${c.source.url ? ` <${c.source.url}>` : ""}`)))].join("; "),
  ]);
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  return "\uFEFF" + stringify([header, ...body]);
}
