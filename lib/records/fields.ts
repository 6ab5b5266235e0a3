// The building blocks of a record kind: each field knows, in one place, how an editor enters
// it (control, label, the zod rule), how the stored row reads back as input, how input is
// written to the database, what it needs included to be read, and which ids it names.
// A kind (lib/records/kinds/*.ts) is a list of these; everything else derives from it.
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { dateToDay, dayToDate } from "./dates";

export type Row = Record<string, unknown>;
export type Citation = { sourceId: string; locator: string | null };
export type Mode = "create" | "update";

/** Models a field may refer to (by id, or by code for territories). */
export type RefModel = "negotiation" | "source" | "actor" | "issue" | "draft" | "draftPoint" | "territory" | "metric" | "card";

/** Lists of records the forms pick from (GET /api/admin/options). */
export type OptionList = "negotiations" | "actors" | "issues" | "drafts" | "points" | "territories" | "sources" | "metrics" | "cards";
/** A record to pick; `detail` is shown under the control once picked (e.g. a point's text). */
export type Option = { id: string; label: string; group?: string; detail?: string };
export type Options = Record<OptionList, Option[]>;

/** How the form shows a field. */
export type Control =
  | { kind: "text" | "textarea" | "markdown" | "date" | "checkbox" | "tags" | "url" | "names" }
  | { kind: "number"; step?: number; nullable?: boolean }
  | { kind: "select"; values: readonly (string | number)[]; labels?: Readonly<Record<string, string>>; nullable?: boolean }
  | { kind: "ref"; options: OptionList; nullable?: boolean; groupBy?: string }
  | { kind: "refs"; options: OptionList }
  | { kind: "order"; options: OptionList; addable?: boolean }
  | { kind: "citations" };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a field of any value type, in lists of fields
export type AnyField = FieldDef<any>;

/** A field whose input value (after zod) is V. */
export type FieldDef<V = unknown> = {
  control: Control;
  label: string;
  hint?: string;
  wide?: boolean;
  /** Marked as required in the form (the zod rule is what decides). */
  required: boolean;
  schema: z.ZodType<V>;
  /** The value a new record's form starts with. */
  initial?: unknown;
  /** Only entered when a record is created (not read back, ignored on update). */
  createOnly?: boolean;
  /** The stored value as the editor's input; `row` was read with `include`. */
  read(row: Row, name: string): unknown;
  /** This field's part of the Prisma `data` of a create or update. */
  write(value: V, name: string, mode: Mode): Row;
  include?(name: string): Row;
  /** The ids the value names, which must exist (a dangling reference is a 400 on this field). */
  references?: { model: RefModel; key: "id" | "code"; of(value: unknown): string[] };
  /** Database rules of this field (field name → message), checked in the save's transaction. */
  check?(tx: Tx, value: V, id: string | null): Promise<string | null>;
  /** Writes that follow the record's own, e.g. an ordering kept in another table. */
  after?(tx: Tx, id: string, value: V, mode: Mode): Promise<void>;
};

const column = (row: Row, name: string) => row[name] ?? null;
const set = (value: unknown, name: string) => ({ [name]: value });

// --- zod rules shared by the constructors ------------------------------------------------

const requiredText = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);
/** Optional text: an empty field is stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
const dayRule = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date (YYYY-MM-DD)")
  .refine((v) => !Number.isNaN(Date.parse(v)), "Not a real date");
const idRule = z.string().trim().min(1, "Choose one").max(100);
const optionalId = z
  .string()
  .trim()
  .max(100)
  .nullish()
  .transform((v) => (v ? v : null));

type TextOptions<Req extends boolean> = { max: number; required?: Req; hint?: string; wide?: boolean; control?: "text" | "textarea" | "markdown"; pattern?: [RegExp, string]; initial?: string };

/** A text column. Optional text reads back as null; `pattern` adds a format rule. */
export function text<Req extends boolean = true>(label: string, o: TextOptions<Req>): FieldDef<Req extends false ? string | null : string> {
  const required = o.required ?? true;
  // A required field with a usual value (a briefing's marking) takes it when left out of the input.
  let schema: z.ZodType = required ? (o.initial !== undefined ? requiredText(o.max).default(o.initial) : requiredText(o.max)) : optionalText(o.max);
  if (o.pattern) {
    const [regex, message] = o.pattern;
    schema = required
      ? requiredText(o.max).regex(regex, message)
      : optionalText(o.max).refine((v) => v === null || regex.test(v), message);
  }
  return { control: { kind: o.control ?? "text" }, label, hint: o.hint, wide: o.wide ?? (o.control !== undefined && o.control !== "text"), required, schema: schema as unknown as z.ZodType<never>, initial: o.initial, read: column, write: set };
}

/** A text column that is never null in the database: an empty field is stored as "". */
export function textOrEmpty(label: string, o: { max: number; hint?: string }): FieldDef<string> {
  const schema = optionalText(o.max).transform((v) => v ?? "");
  return { control: { kind: "text" }, label, hint: o.hint, required: false, schema, read: (row, name) => row[name] ?? "", write: set };
}

export function url(label: string): FieldDef<string | null> {
  const schema = z
    .union([z.url("Enter a full URL (https://…)").max(2000), z.literal(""), z.null()])
    .optional()
    .transform((v) => (v ? v : null));
  return { control: { kind: "url" }, label, required: false, schema, read: column, write: set };
}

/** A calendar day (YYYY-MM-DD), stored as UTC midnight. */
export function day<Req extends boolean = false>(label: string, o: { required?: Req; hint?: string } = {}): FieldDef<Req extends true ? string : string | null> {
  const required = o.required ?? false;
  const schema = required
    ? dayRule
    : z
        .union([dayRule, z.literal(""), z.null()])
        .optional()
        .transform((v) => (v ? v : null));
  return {
    control: { kind: "date" },
    label,
    hint: o.hint,
    required,
    schema: schema as unknown as z.ZodType<never>,
    read: (row, name) => dateToDay(row[name] as Date | null),
    write: (value: string | null, name) => ({ [name]: dayToDate(value) }),
  };
}

/** One of an enum's values (from the Prisma schema), shown with its label. */
export function choice<const V extends readonly [string, ...string[]], Req extends boolean = true>(
  label: string,
  values: V,
  o: { labels: Readonly<Record<V[number], string>>; required?: Req; hint?: string; initial?: V[number]; message?: string },
): FieldDef<Req extends false ? V[number] | null : V[number]> {
  const required = o.required ?? true;
  const rule = z.enum(values, { error: o.message ?? `Choose ${label.toLowerCase()}` });
  const schema = required ? (o.initial ? rule.default(o.initial as never) : rule) : rule.nullish().transform((v) => v ?? null);
  return { control: { kind: "select", values, labels: o.labels, nullable: !required }, label, hint: o.hint, required, schema: schema as unknown as z.ZodType<never>, initial: o.initial, read: column, write: set };
}

/** A whole number from a fixed scale (e.g. importance 1–5), picked from a list. */
export function grade(label: string, values: readonly number[], o: { required?: boolean; initial?: number; message?: string } = {}): FieldDef<number> {
  const rule = z
    .number({ error: o.message ?? `Choose ${label.toLowerCase()}` })
    .int()
    .min(Math.min(...values))
    .max(Math.max(...values));
  return { control: { kind: "select", values }, label, required: o.required ?? true, schema: o.initial !== undefined ? rule.default(o.initial) : rule, initial: o.initial, read: column, write: set };
}

type NumberOptions<Req extends boolean> = { required?: Req; int?: boolean; min?: number; max?: number; step?: number; initial?: number; hint?: string; message?: string };

/** A number column; not required means it may be empty (null). */
export function number<Req extends boolean = false>(label: string, o: NumberOptions<Req> = {}): FieldDef<Req extends true ? number : number | null> {
  let rule = z.number({ error: o.message ?? "Enter a number" }).finite();
  if (o.int) rule = rule.int("A whole number");
  if (o.min !== undefined) rule = rule.min(o.min, o.max !== undefined ? `${o.min}–${o.max}` : `At least ${o.min}`);
  if (o.max !== undefined) rule = rule.max(o.max, o.min !== undefined ? `${o.min}–${o.max}` : `At most ${o.max}`);
  const required = o.required ?? false;
  const schema = required ? (o.initial !== undefined ? rule.default(o.initial) : rule) : rule.nullish().transform((v) => v ?? null);
  return { control: { kind: "number", step: o.step, nullable: !required }, label, hint: o.hint, required: required && o.initial === undefined, schema: schema as unknown as z.ZodType<never>, initial: o.initial, read: column, write: set };
}

export function checkbox(label: string): FieldDef<boolean> {
  return { control: { kind: "checkbox" }, label, required: false, schema: z.boolean().default(false), initial: false, read: (row, name) => Boolean(row[name]), write: set };
}

/** A foreign-key column: the id (or code) of a record of `model`, picked from `options`. */
export function ref<Req extends boolean = true>(
  label: string,
  options: OptionList,
  model: RefModel,
  o: { required?: Req; key?: "id" | "code"; groupBy?: string; hint?: string } = {},
): FieldDef<Req extends false ? string | null : string> {
  const required = o.required ?? true;
  return {
    control: { kind: "ref", options, nullable: !required, groupBy: o.groupBy },
    label,
    hint: o.hint,
    required,
    schema: (required ? idRule : optionalId) as unknown as z.ZodType<never>,
    read: column,
    write: set,
    references: { model, key: o.key ?? "id", of: (v) => (typeof v === "string" ? [v] : []) },
  };
}

const idList = (max: number) => z.array(idRule).max(max).default([]);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** A many-to-many relation edited as a list of ids. */
export function refs<const R extends string>(label: string, options: OptionList, relation: R, model: RefModel, key: "id" | "code" = "id"): FieldDef<string[]> & { relation: R } {
  return {
    relation,
    control: { kind: "refs", options },
    label,
    required: false,
    schema: idList(500),
    initial: [],
    read: (row) => ((row[relation] as Row[] | undefined) ?? []).map((r) => r[key] as string),
    write: (value: string[], _name, mode) => ({ [relation]: mode === "create" ? { connect: value.map((v) => ({ [key]: v })) } : { set: value.map((v) => ({ [key]: v })) } }),
    include: () => ({ [relation]: { select: { [key]: true }, orderBy: { [key]: "asc" } } }),
    references: { model, key, of: strings },
  };
}

/** A language code: ISO 639-1 or -3, optionally with a script or region (en, uk, ar, zh-Hant). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const namesSchema = z.record(z.string(), z.string().trim().max(200, "A name has at most 200 characters")).superRefine((value, ctx) => {
  const bad = Object.keys(value).filter((code) => !LANGUAGE_CODE.test(code));
  if (bad.length) ctx.addIssue({ code: "custom", message: `Not a language code: ${bad.join(", ")} (each line: language code, colon, name)` });
  else if (!value.en?.trim()) ctx.addIssue({ code: "custom", message: "An English name (en: …) is required" });
  else if (Object.values(value).some((name) => !name.trim())) ctx.addIssue({ code: "custom", message: "Every language listed needs a name" });
  else if (Object.keys(value).length > 20) ctx.addIssue({ code: "custom", message: "At most 20 languages" });
});

/** Names by language, { en: "…", uk: "…" }, stored as JSON; English is required. */
export function names(label: string, o: { hint?: string } = {}): FieldDef<Record<string, string>> {
  return { control: { kind: "names" }, label, hint: o.hint, wide: true, required: true, schema: namesSchema, initial: { en: "" }, read: column, write: set };
}

/** Tags: lower-case words joined by hyphens, created when first used. */
export const TAG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export function tags(label: string): FieldDef<string[]> & { relation: "tags" } {
  const tag = z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(60, "At most 60 characters")
    .regex(TAG_PATTERN, "Tags are lower-case words joined by hyphens, e.g. security-guarantees");
  return {
    relation: "tags",
    control: { kind: "tags" },
    label,
    wide: true,
    required: false,
    schema: z
      .array(tag)
      .max(30)
      .default([])
      .transform((list) => [...new Set(list)].sort()),
    initial: [],
    read: (row) => ((row.tags as Row[] | undefined) ?? []).map((t) => t.name as string),
    write: (value: string[], _name, mode) => ({
      tags: { ...(mode === "update" ? { set: [] } : {}), connectOrCreate: value.map((name) => ({ where: { name }, create: { name } })) },
    }),
    include: () => ({ tags: { select: { name: true }, orderBy: { name: "asc" } } }),
  };
}

/** The sources of a claim, in order, each with where in the source (page, paragraph, quote). */
export function citations(): FieldDef<Citation[]> & { relation: "citations" } {
  return {
    relation: "citations",
    control: { kind: "citations" },
    label: "Sources",
    wide: true,
    required: false,
    schema: z
      .array(z.strictObject({ sourceId: idRule, locator: optionalText(300) }))
      .max(50)
      .default([]),
    initial: [],
    read: (row) => ((row.citations as Citation[] | undefined) ?? []).map((c) => ({ sourceId: c.sourceId, locator: c.locator ?? null })),
    write: (value: Citation[], _name, mode) => ({
      citations: { ...(mode === "update" ? { deleteMany: {} } : {}), create: value.map((c, i) => ({ sourceId: c.sourceId, locator: c.locator, sortOrder: i })) },
    }),
    include: () => ({ citations: { orderBy: { sortOrder: "asc" }, select: { sourceId: true, locator: true } } }),
    references: { model: "source", key: "id", of: (v) => (Array.isArray(v) ? v.map((c) => (c as Citation).sourceId) : []) },
  };
}

/**
 * An ordering of other records kept outside this record's row (the cards of a briefing, the
 * points of a draft): read through `relation`, written by `after` once the record exists.
 */
export function order<const R extends string, Opt extends boolean = false>(
  label: string,
  options: OptionList,
  o: {
    relation: R;
    /** The id of the ordered record in a row of `relation`. */
    key: string;
    model: RefModel;
    addable?: boolean;
    /** Undefined input means "leave the order as it is". */
    optional?: Opt;
    write(tx: Tx, id: string, ids: string[], mode: Mode): Promise<void>;
    check?(tx: Tx, ids: string[] | undefined, id: string | null): Promise<string | null>;
  },
): FieldDef<Opt extends true ? string[] | undefined : string[]> & { relation: R } {
  const list = z.array(idRule).max(1000);
  return {
    relation: o.relation,
    control: { kind: "order", options, addable: o.addable },
    label,
    wide: true,
    required: false,
    schema: (o.optional ? list.optional() : list.default([])) as unknown as z.ZodType<never>,
    initial: [],
    read: (row) => ((row[o.relation] as Row[] | undefined) ?? []).map((r) => r[o.key] as string),
    write: () => ({}),
    include: () => ({ [o.relation]: { select: { [o.key]: true }, orderBy: { sortOrder: "asc" } } }),
    references: { model: o.model, key: "id", of: strings },
    check: o.check ? (tx, value: string[] | undefined, id) => o.check!(tx, value, id) : undefined,
    after: async (tx, id, value: string[] | undefined, mode) => {
      if (value !== undefined) await o.write(tx, id, [...new Set(value)], mode);
    },
  };
}

/** A value only given at creation (e.g. where a new point goes); used by the kind's onCreate. */
export function createOnly<V>(field: FieldDef<V>): FieldDef<V> {
  return { ...field, createOnly: true, read: () => undefined, write: () => ({}) };
}
