// A kind of record, described once (in lib/records/kinds/*.ts) and tied to its Prisma model by
// the types below: every scalar column of the model is either an editable field of the kind or
// listed as read-only, so a missing or misspelt column is a compile error; a read-only column
// that Prisma requires on create must be supplied by `onCreate` (the missing draft-point
// `sortOrder` that once answered 500 no longer compiles). From the description derive the zod
// schema (forms, API, seed, import), the form layout, the read-back and the Prisma writes.
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { AnyField, FieldDef, Mode, Row } from "./fields";
import type { Scope } from "./scope";

type Models = {
  negotiation: { scalar: Prisma.NegotiationScalarFieldEnum; create: Prisma.NegotiationUncheckedCreateInput; include: Prisma.NegotiationInclude };
  source: { scalar: Prisma.SourceScalarFieldEnum; create: Prisma.SourceUncheckedCreateInput; include: Prisma.SourceInclude };
  actor: { scalar: Prisma.ActorScalarFieldEnum; create: Prisma.ActorUncheckedCreateInput; include: Prisma.ActorInclude };
  issue: { scalar: Prisma.IssueScalarFieldEnum; create: Prisma.IssueUncheckedCreateInput; include: Prisma.IssueInclude };
  position: { scalar: Prisma.PositionScalarFieldEnum; create: Prisma.PositionUncheckedCreateInput; include: Prisma.PositionInclude };
  card: { scalar: Prisma.CardScalarFieldEnum; create: Prisma.CardUncheckedCreateInput; include: Prisma.CardInclude };
  briefing: { scalar: Prisma.BriefingScalarFieldEnum; create: Prisma.BriefingUncheckedCreateInput; include: Prisma.BriefingInclude };
  draft: { scalar: Prisma.DraftScalarFieldEnum; create: Prisma.DraftUncheckedCreateInput; include: Prisma.DraftInclude };
  draftPoint: { scalar: Prisma.DraftPointScalarFieldEnum; create: Prisma.DraftPointUncheckedCreateInput; include: Prisma.DraftPointInclude };
  pointAlignment: { scalar: Prisma.PointAlignmentScalarFieldEnum; create: Prisma.PointAlignmentUncheckedCreateInput; include: Prisma.PointAlignmentInclude };
  pointReaction: { scalar: Prisma.PointReactionScalarFieldEnum; create: Prisma.PointReactionUncheckedCreateInput; include: Prisma.PointReactionInclude };
  territory: { scalar: Prisma.TerritoryScalarFieldEnum; create: Prisma.TerritoryUncheckedCreateInput; include: Prisma.TerritoryInclude };
  territoryClaim: { scalar: Prisma.TerritoryClaimScalarFieldEnum; create: Prisma.TerritoryClaimUncheckedCreateInput; include: Prisma.TerritoryClaimInclude };
  metric: { scalar: Prisma.MetricScalarFieldEnum; create: Prisma.MetricUncheckedCreateInput; include: Prisma.MetricInclude };
  metricValue: { scalar: Prisma.MetricValueScalarFieldEnum; create: Prisma.MetricValueUncheckedCreateInput; include: Prisma.MetricValueInclude };
};
export type ModelName = keyof Models;
type Scalar<M extends ModelName> = Models[M]["scalar"];
type Relation<M extends ModelName> = Exclude<keyof Models[M]["include"], "_count">;

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Read-only columns Prisma needs on create: the kind must compute them. */
type Supplied<M extends ModelName, R extends readonly string[]> = Extract<RequiredKeys<Models[M]["create"]>, R[number]>;
type OnCreate<M extends ModelName, R extends readonly string[]> = [Supplied<M, R>] extends [never]
  ? { onCreate?: never }
  : { onCreate: (tx: Tx, input: Row) => Promise<Pick<Models[M]["create"], Supplied<M, R>>> };

/** A model that points at this one with a restricting foreign key: deletion must wait for it. */
export type ReferencedBy = { model: string; field: string; label: string };
/** Records that travel with this one when it is published (a draft's points and alignments). */
export type Part = { type: string; ids: string[] };

type Common<M extends ModelName> = {
  /** As the record appears in URLs (/admin/<type>, /api/admin/<type>). */
  type: string;
  model: M;
  key: "id" | "code";
  label: { one: string; many: string };
  /** Readers see it only once published (draft → in review → published). */
  publishable?: boolean;
  /** Rules across fields (zod superRefine on the whole input). */
  refine?(input: Row, ctx: z.RefinementCtx): void;
  /** Rules that need the database, field → message; run in the save's transaction. */
  check?(tx: Tx, input: Row, id: string | null): Promise<Record<string, string> | null>;
  /** The record as the admin lists and the audit log name it; `titleInclude` is read with it. */
  title(row: Row): string;
  titleInclude?: Row;
  list: { columns: string[]; search: string[]; orderBy: Row | Row[] };
  referencedBy?: ReferencedBy[];
  parts?(tx: Tx, id: string): Promise<Part[]>;
  /** What the parts are, as the publish button names them ("its points and alignments"). */
  partsLabel?: string;
  /**
   * Where readers see it (the admin form links there, through lib/negotiations/reader-links.ts):
   * a view of the record's negotiation ("/cards/x", "" for its dashboard), or with `shared` a
   * global page (actors, sources); `preview` when editors can preview it unpublished.
   */
  readerPath?(id: string, input: Row): { path: string; preview?: boolean; shared?: boolean } | null;
  /** The negotiations a record belongs to (lib/records/scope.ts); none for kinds every negotiation shares. */
  scope?: Scope;
  /** Editor tools beyond the form: on the kind's list (`list`) and on one record (`record`). */
  tools?: { list?: Tool[]; record?(id: string): Tool[] };
};

export type Tool = { label: string; href: string };

type Editable<M extends ModelName, R extends readonly string[]> = Exclude<Scalar<M>, R[number]>;
type Columns<M extends ModelName, R extends readonly string[]> = { [K in Editable<M, R>]: AnyField };
type Links<M extends ModelName> = Record<string, AnyField & { relation?: Relation<M> }>;
/** Keys of T that are not in Allowed are errors (a misspelt column). */
type Only<T, Allowed extends PropertyKey> = T & { [K in Exclude<keyof T, Allowed>]: never };
type ValueOf<F> = F extends FieldDef<infer V> ? V : never;
/** The editor's input of a kind, as its fields define it. */
export type InputOf<C, L> = { [K in keyof C]: ValueOf<C[K]> } & { [K in keyof L]: ValueOf<L[K]> };

export type KindConfig<M extends ModelName, R extends readonly Scalar<M>[], C extends Columns<M, R>, L extends Links<M>> = Common<M> & {
  /** Columns the editor does not enter (ids, versions, timestamps, publication, orderings). */
  readOnly: R;
  /** Every other column, in form order. */
  columns: Only<C, Editable<M, R>>;
  /** Fields that are not columns of the model: relations (lists of ids, citations) and create-only inputs. */
  links?: L;
} & OnCreate<M, R>;

export type Kind<I extends Row = Row> = Common<ModelName> & {
  readOnly: readonly string[];
  columns: Record<string, AnyField>;
  links?: Record<string, AnyField>;
  onCreate?: (tx: Tx, input: Row) => Promise<Row>;
  /** All fields, columns first, in form order. */
  fields: Record<string, AnyField>;
  schema: z.ZodType<I>;
  include: Row;
  /** The stored record (read with `include`) as an editor's input; also the revision snapshot. */
  toInput(row: Row): I;
  /** Input as the Prisma `data` of a create or an update. */
  toData(input: Row, mode: Mode): Row;
};

export function defineKind<M extends ModelName, const R extends readonly Scalar<M>[], C extends Columns<M, R>, L extends Links<M> = Record<never, AnyField>>(
  config: KindConfig<M, R, C, L>,
): Kind<InputOf<C, L>> {
  const c = config as unknown as Kind<InputOf<C, L>>;
  const fields: Record<string, FieldDef> = { ...c.columns, ...c.links };
  const shape = z.strictObject(Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.schema])));
  const schema = (c.refine ? shape.superRefine((input, ctx) => c.refine!(input as Row, ctx)) : shape) as unknown as z.ZodType<InputOf<C, L>>;
  const include = Object.assign({}, c.titleInclude, ...Object.entries(fields).map(([name, f]) => f.include?.(name) ?? {}));
  return {
    ...c,
    fields,
    schema,
    include,
    toInput: (row) => Object.fromEntries(Object.entries(fields).filter(([, f]) => !f.createOnly).map(([name, f]) => [name, f.read(row, name)])) as InputOf<C, L>,
    toData: (input, mode) => Object.assign({}, ...Object.entries(fields).map(([name, f]) => (name in input ? f.write(input[name], name, mode) : {}))),
  };
}
