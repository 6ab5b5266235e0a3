// A kind's form, derived from its description: the fields in order with their controls, and
// the values a new record starts with.
import type { Control } from "./fields";
import type { Kind } from "./define";

export type FieldSpec = { name: string; label: string; required: boolean; hint?: string; wide?: boolean; createOnly?: boolean } & Control;

export function formFields(kind: Kind): FieldSpec[] {
  return Object.entries(kind.fields).map(([name, f]) => ({ name, label: f.label, required: f.required, hint: f.hint, wide: f.wide, createOnly: f.createOnly, ...f.control }));
}

export function formDefaults(kind: Kind): Record<string, unknown> {
  return Object.fromEntries(Object.entries(kind.fields).flatMap(([name, f]) => (f.initial === undefined ? [] : [[name, f.initial]])));
}

/** A field's label, for messages that name fields ("Check: Title"). */
export const fieldLabel = (kind: Kind, name: string) => kind.fields[name.split(".")[0]]?.label ?? name;

const READ_ONLY_LABELS: Record<string, string> = { status: "Publication", publishedAt: "Published on", updatedAt: "Changed", createdAt: "Created" };

/** A list column's heading: the field's label, or the name of a read-only column. */
export const columnLabel = (kind: Kind, name: string) => kind.fields[name]?.label ?? READ_ONLY_LABELS[name] ?? name;

/** A value as the form's choices name it (enum labels), else as it is. */
export function valueLabel(kind: Kind, name: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const control = kind.fields[name]?.control;
  if (control?.kind === "select" && control.labels) return control.labels[String(value)] ?? String(value);
  return String(value);
}
