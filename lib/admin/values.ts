// Comparing and showing field values of a record's input (conflicts, revision diffs).

const normalise = (v: unknown): unknown => (v === undefined || v === "" ? null : v);

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** A value as a person reads it: lists one per line, citations as "source (where)". */
export function describeValue(value: unknown): string {
  const v = normalise(value);
  if (v === null) return "—";
  if (Array.isArray(v)) {
    if (v.length === 0) return "(none)";
    return v.map((item) => (item && typeof item === "object" ? describeObject(item as Record<string, unknown>) : String(item))).join("\n");
  }
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "object") return describeObject(v as Record<string, unknown>);
  return String(v);
}

function describeObject(o: Record<string, unknown>): string {
  if ("sourceId" in o) return o.locator ? `${o.sourceId} (${o.locator})` : String(o.sourceId);
  return JSON.stringify(o);
}

export type FieldChange = { field: string; before: unknown; after: unknown };

/** The fields whose values differ between two snapshots, in the order of `fields` (then any others). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: string[] = []): FieldChange[] {
  const names = [...new Set([...fields, ...Object.keys(before), ...Object.keys(after)])];
  return names.filter((f) => !sameValue(before[f], after[f])).map((field) => ({ field, before: before[field], after: after[field] }));
}
