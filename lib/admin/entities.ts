// Every kind of record an editor can change, described once: its input schema, how a stored
// record reads back as that input (which is also the revision snapshot, so restoring is an
// ordinary save), how input becomes a Prisma write, which ids it refers to, and what still
// refers to it. lib/admin/service.ts runs every mutation from these descriptions.
import type { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { ENTITY_LABELS, type EntityType } from "./entity-types";
import { dateToDay, dayToDate } from "./dates";
import * as s from "./schemas";

export type Row = Record<string, unknown>;
type Delegate = {
  findUnique(args: object): Promise<Row | null>;
  findMany(args: object): Promise<Row[]>;
  create(args: object): Promise<Row>;
  update(args: object): Promise<Row>;
  updateMany(args: object): Promise<{ count: number }>;
  delete(args: object): Promise<Row>;
  count(args?: object): Promise<number>;
  aggregate(args: object): Promise<Row>;
};
export type ModelName =
  | "source"
  | "actor"
  | "issue"
  | "position"
  | "card"
  | "briefing"
  | "draft"
  | "draftPoint"
  | "pointAlignment"
  | "pointReaction"
  | "territory"
  | "territoryClaim"
  | "metric"
  | "metricValue";

export const delegate = (tx: Tx, model: ModelName) => (tx as unknown as Record<ModelName, Delegate>)[model];

/** An id field of the input and the model it must exist in. */
type Reference = { field: string; model: ModelName; key?: "id" | "code" };
/** A model that points at this one with a restricting foreign key (deletion must wait). */
type ReferencedBy = { model: ModelName | "citation" | "briefingCard"; field: string; label: string };
type CitationOwner =
  | "cardId"
  | "actorId"
  | "positionId"
  | "pointReactionId"
  | "draftId"
  | "draftPointId"
  | "alignmentId"
  | "territoryCode"
  | "territoryClaimId"
  | "metricValueId";

type Citation = { sourceId: string; locator: string | null };

export type EntityDef<S extends z.ZodType = z.ZodType> = {
  type: EntityType;
  model: ModelName;
  key: "id" | "code";
  schema: S;
  /** Cards and briefings go through draft → in review → published. */
  publishable?: boolean;
  citationOwner?: CitationOwner;
  references: Reference[];
  referencedBy: ReferencedBy[];
  /** Prisma include for reading a record back as input. */
  include?: object;
  toInput(row: Row): Record<string, unknown>;
  /** Scalar and relation data for create (mode "create") or update. */
  toData(input: z.output<S>, mode: "create" | "update"): Row;
  /** Checks that need the database (e.g. a point belongs to the draft named). Field → message. */
  check?(tx: Tx, input: z.output<S>, id: string | null): Promise<Record<string, string> | null>;
  /** Writes that follow the record's own (orderings). */
  afterWrite?(tx: Tx, id: string, input: z.output<S>, mode: "create" | "update"): Promise<void>;
  title(row: Row): string;
  /** Columns for the admin list, and the text fields its search looks in. */
  list: { columns: string[]; search: string[]; orderBy: object };
};

const citationInclude = { citations: { orderBy: { sortOrder: "asc" }, select: { sourceId: true, locator: true } } } as const;
const readCitations = (row: Row): Citation[] => ((row.citations as Citation[] | undefined) ?? []).map((c) => ({ sourceId: c.sourceId, locator: c.locator }));
const writeCitations = (citations: Citation[], mode: "create" | "update") => ({
  ...(mode === "update" ? { deleteMany: {} } : {}),
  create: citations.map((c, i) => ({ sourceId: c.sourceId, locator: c.locator, sortOrder: i })),
});
const ids = (row: Row, relation: string, key = "id") => ((row[relation] as Row[] | undefined) ?? []).map((r) => r[key] as string);
const link = (list: string[], mode: "create" | "update", key = "id") => (mode === "create" ? { connect: list.map((v) => ({ [key]: v })) } : { set: list.map((v) => ({ [key]: v })) });
const day = (row: Row, field: string) => dateToDay(row[field] as Date | null);
const str = (row: Row, field: string) => String(row[field] ?? "");

function def<S extends z.ZodType>(d: Omit<EntityDef<S>, "references" | "referencedBy"> & Partial<Pick<EntityDef<S>, "references" | "referencedBy">>): EntityDef<S> {
  return { references: [], referencedBy: [], ...d };
}

const sources = def({
  type: "sources",
  model: "source",
  key: "id",
  schema: s.sourceSchema,
  referencedBy: [{ model: "citation", field: "sourceId", label: "citations" }],
  toInput: (r) => ({
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    publishedAt: day(r, "publishedAt"),
    dateApprox: r.dateApprox,
    reliability: r.reliability,
    credibility: r.credibility,
    note: r.note,
  }),
  toData: (i) => ({ ...i, publishedAt: dayToDate(i.publishedAt) }),
  title: (r) => `${str(r, "outlet")}: ${str(r, "title")}`,
  list: { columns: ["outlet", "title", "publishedAt", "reliability", "credibility"], search: ["title", "outlet"], orderBy: { publishedAt: "desc" } },
});

const actors = def({
  type: "actors",
  model: "actor",
  key: "id",
  schema: s.actorSchema,
  citationOwner: "actorId",
  references: [{ field: "citations.sourceId", model: "source" }],
  referencedBy: [
    { model: "position", field: "actorId", label: "positions" },
    { model: "pointReaction", field: "actorId", label: "point reactions" },
    { model: "territoryClaim", field: "actorId", label: "territorial claims" },
  ],
  include: citationInclude,
  toInput: (r) => ({ name: r.name, role: r.role, affiliation: r.affiliation, bloc: r.bloc, bio: r.bio, citations: readCitations(r) }),
  toData: ({ citations, ...i }, mode) => ({ ...i, citations: writeCitations(citations, mode) }),
  title: (r) => str(r, "name"),
  list: { columns: ["name", "role", "bloc"], search: ["name", "role", "affiliation", "bloc"], orderBy: { name: "asc" } },
});

const issues = def({
  type: "issues",
  model: "issue",
  key: "id",
  schema: s.issueSchema,
  referencedBy: [{ model: "position", field: "issueId", label: "positions" }],
  toInput: (r) => ({ title: r.title, description: r.description, sortOrder: r.sortOrder }),
  toData: (i) => ({ ...i }),
  title: (r) => str(r, "title"),
  list: { columns: ["title", "sortOrder"], search: ["title", "description"], orderBy: { sortOrder: "asc" } },
});

const positions = def({
  type: "positions",
  model: "position",
  key: "id",
  schema: s.positionSchema,
  citationOwner: "positionId",
  references: [
    { field: "actorId", model: "actor" },
    { field: "issueId", model: "issue" },
    { field: "citations.sourceId", model: "source" },
  ],
  include: { ...citationInclude, actor: { select: { name: true } }, issue: { select: { title: true } } },
  toInput: (r) => ({
    actorId: r.actorId,
    issueId: r.issueId,
    stance: r.stance,
    summary: r.summary,
    quoteOriginal: r.quoteOriginal,
    quoteLanguage: r.quoteLanguage,
    quoteEnglish: r.quoteEnglish,
    translatedBy: r.translatedBy,
    statedAt: day(r, "statedAt"),
    dateApprox: r.dateApprox,
    citations: readCitations(r),
  }),
  toData: ({ citations, actorId, issueId, ...i }, mode) => ({
    ...i,
    statedAt: dayToDate(i.statedAt),
    actor: { connect: { id: actorId } },
    issue: { connect: { id: issueId } },
    citations: writeCitations(citations, mode),
  }),
  title: (r) => `${(r.actor as Row | undefined)?.name ?? r.actorId} on ${(r.issue as Row | undefined)?.title ?? r.issueId} (${day(r, "statedAt")})`,
  list: { columns: ["actorId", "issueId", "stance", "statedAt"], search: ["summary", "actorId", "issueId"], orderBy: { statedAt: "desc" } },
});

const cards = def({
  type: "cards",
  model: "card",
  key: "id",
  schema: s.cardSchema,
  publishable: true,
  citationOwner: "cardId",
  references: [
    { field: "actorIds", model: "actor" },
    { field: "issueIds", model: "issue" },
    { field: "territoryCodes", model: "territory", key: "code" },
    { field: "pointIds", model: "draftPoint" },
    { field: "citations.sourceId", model: "source" },
  ],
  referencedBy: [{ model: "briefingCard", field: "cardId", label: "briefings" }],
  include: {
    ...citationInclude,
    tags: { select: { name: true }, orderBy: { name: "asc" } },
    actors: { select: { id: true }, orderBy: { id: "asc" } },
    issues: { select: { id: true }, orderBy: { id: "asc" } },
    territories: { select: { code: true }, orderBy: { code: "asc" } },
    points: { select: { id: true }, orderBy: { id: "asc" } },
  },
  toInput: (r) => ({
    title: r.title,
    body: r.body,
    kind: r.kind,
    eventDate: day(r, "eventDate"),
    importance: r.importance,
    likelihood: r.likelihood,
    confidence: r.confidence,
    tags: ids(r, "tags", "name"),
    actorIds: ids(r, "actors"),
    issueIds: ids(r, "issues"),
    territoryCodes: ids(r, "territories", "code"),
    pointIds: ids(r, "points"),
    citations: readCitations(r),
  }),
  toData: ({ citations, tags, actorIds, issueIds, territoryCodes, pointIds, ...i }, mode) => ({
    ...i,
    eventDate: dayToDate(i.eventDate),
    tags: {
      ...(mode === "update" ? { set: [] } : {}),
      connectOrCreate: [...new Set(tags)].map((name) => ({ where: { name }, create: { name } })),
    },
    actors: link(actorIds, mode),
    issues: link(issueIds, mode),
    territories: link(territoryCodes, mode, "code"),
    points: link(pointIds, mode),
    citations: writeCitations(citations, mode),
  }),
  title: (r) => str(r, "title"),
  list: { columns: ["title", "kind", "status", "eventDate"], search: ["title", "body"], orderBy: { updatedAt: "desc" } },
});

const briefings = def({
  type: "briefings",
  model: "briefing",
  key: "id",
  schema: s.briefingSchema,
  publishable: true,
  references: [{ field: "cardIds", model: "card" }],
  include: { cards: { select: { cardId: true }, orderBy: { sortOrder: "asc" } } },
  toInput: (r) => ({
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    marking: r.marking,
    authors: r.authors,
    cardIds: ((r.cards as Row[] | undefined) ?? []).map((c) => c.cardId),
  }),
  toData: ({ cardIds, ...i }) => {
    void cardIds; // written by afterWrite, in order
    return { ...i };
  },
  check: async (tx, input, id) => {
    const other = await tx.briefing.findUnique({ where: { slug: input.slug }, select: { id: true } });
    return other && other.id !== id ? { slug: "Another briefing already uses this slug" } : null;
  },
  afterWrite: async (tx, id, input) => {
    await tx.briefingCard.deleteMany({ where: { briefingId: id } });
    await tx.briefingCard.createMany({ data: [...new Set(input.cardIds)].map((cardId, i) => ({ briefingId: id, cardId, sortOrder: i })) });
  },
  title: (r) => str(r, "title"),
  list: { columns: ["title", "slug", "status", "publishedAt"], search: ["title", "slug", "summary"], orderBy: { updatedAt: "desc" } },
});

const drafts = def({
  type: "drafts",
  model: "draft",
  key: "id",
  schema: s.draftSchema,
  citationOwner: "draftId",
  references: [
    { field: "revisesId", model: "draft" },
    { field: "citations.sourceId", model: "source" },
  ],
  include: { ...citationInclude, points: { select: { id: true }, orderBy: { sortOrder: "asc" } } },
  toInput: (r) => ({
    name: r.name,
    title: r.title,
    date: day(r, "date"),
    origin: r.origin,
    status: r.status,
    summary: r.summary,
    declaredPointCount: r.declaredPointCount,
    notes: r.notes,
    revisesId: r.revisesId,
    pointIds: ids(r, "points"),
    citations: readCitations(r),
  }),
  toData: ({ citations, revisesId, pointIds, ...i }, mode) => {
    void pointIds; // ordering is written by afterWrite
    return {
      ...i,
      date: dayToDate(i.date),
      revises: revisesId ? { connect: { id: revisesId } } : mode === "update" ? { disconnect: true } : undefined,
      citations: writeCitations(citations, mode),
    };
  },
  check: async (tx, input, id): Promise<Record<string, string> | null> => {
    if (id && input.revisesId === id) return { revisesId: "A draft cannot revise itself" };
    if (id && input.pointIds) {
      const current = (await tx.draftPoint.findMany({ where: { draftId: id }, select: { id: true } })).map((p) => p.id).sort();
      const given = [...new Set(input.pointIds)].sort();
      if (current.join() !== given.join()) return { pointIds: "The order must list exactly this draft's points (they changed meanwhile: reload)" };
    }
    return null;
  },
  afterWrite: async (tx, id, input) => {
    if (!input.pointIds) return;
    for (const [i, pointId] of input.pointIds.entries()) await tx.draftPoint.update({ where: { id: pointId }, data: { sortOrder: i } });
  },
  title: (r) => str(r, "name"),
  list: { columns: ["name", "date", "status", "declaredPointCount"], search: ["name", "title", "summary"], orderBy: { date: "asc" } },
});

const draftPoints = def({
  type: "draft-points",
  model: "draftPoint",
  key: "id",
  schema: s.draftPointSchema,
  citationOwner: "draftPointId",
  references: [
    { field: "draftId", model: "draft" },
    { field: "issueIds", model: "issue" },
    { field: "citations.sourceId", model: "source" },
  ],
  include: { ...citationInclude, issues: { select: { id: true }, orderBy: { id: "asc" } } },
  toInput: (r) => ({
    draftId: r.draftId,
    number: r.number,
    title: r.title,
    text: r.text,
    textStatus: r.textStatus,
    reported: r.reported,
    confidence: r.confidence,
    issueIds: ids(r, "issues"),
    citations: readCitations(r),
  }),
  toData: ({ citations, issueIds, draftId, ...i }, mode) => ({
    ...i,
    draft: { connect: { id: draftId } },
    issues: link(issueIds, mode),
    citations: writeCitations(citations, mode),
  }),
  afterWrite: async (tx, id, input, mode) => {
    if (mode !== "create") return;
    // A new point goes last in its draft.
    const last = await tx.draftPoint.aggregate({ where: { draftId: input.draftId, id: { not: id } }, _max: { sortOrder: true } });
    await tx.draftPoint.update({ where: { id }, data: { sortOrder: (last._max.sortOrder ?? -1) + 1 } });
  },
  title: (r) => `${r.number != null ? `${r.number}. ` : ""}${str(r, "title")}`,
  list: { columns: ["draftId", "number", "title", "textStatus"], search: ["title", "text", "reported"], orderBy: { sortOrder: "asc" } },
});

async function pointInDraft(tx: Tx, pointId: string | null, draftId: string) {
  if (!pointId) return true;
  const point = await tx.draftPoint.findUnique({ where: { id: pointId }, select: { draftId: true } });
  return !point || point.draftId === draftId;
}

const pointAlignments = def({
  type: "alignments",
  model: "pointAlignment",
  key: "id",
  schema: s.pointAlignmentSchema,
  citationOwner: "alignmentId",
  references: [
    { field: "fromDraftId", model: "draft" },
    { field: "toDraftId", model: "draft" },
    { field: "fromPointId", model: "draftPoint" },
    { field: "toPointId", model: "draftPoint" },
    { field: "citations.sourceId", model: "source" },
  ],
  include: citationInclude,
  toInput: (r) => ({
    fromDraftId: r.fromDraftId,
    toDraftId: r.toDraftId,
    fromPointId: r.fromPointId,
    toPointId: r.toPointId,
    relation: r.relation,
    note: r.note,
    reporting: r.reporting,
    citations: readCitations(r),
  }),
  toData: ({ citations, fromDraftId, toDraftId, fromPointId, toPointId, ...i }, mode) => ({
    ...i,
    fromDraft: { connect: { id: fromDraftId } },
    toDraft: { connect: { id: toDraftId } },
    fromPoint: fromPointId ? { connect: { id: fromPointId } } : mode === "update" ? { disconnect: true } : undefined,
    toPoint: toPointId ? { connect: { id: toPointId } } : mode === "update" ? { disconnect: true } : undefined,
    citations: writeCitations(citations, mode),
  }),
  check: async (tx, input) => {
    const errors: Record<string, string> = {};
    if (!(await pointInDraft(tx, input.fromPointId, input.fromDraftId))) errors.fromPointId = "This point is not in the earlier draft";
    if (!(await pointInDraft(tx, input.toPointId, input.toDraftId))) errors.toPointId = "This point is not in the later draft";
    return Object.keys(errors).length ? errors : null;
  },
  title: (r) => `${r.fromPointId ?? "—"} → ${r.toPointId ?? "—"} (${str(r, "relation")})`,
  list: { columns: ["fromDraftId", "toDraftId", "fromPointId", "toPointId", "relation"], search: ["note", "fromPointId", "toPointId"], orderBy: { createdAt: "asc" } },
});

const pointReactions = def({
  type: "reactions",
  model: "pointReaction",
  key: "id",
  schema: s.pointReactionSchema,
  citationOwner: "pointReactionId",
  references: [
    { field: "actorId", model: "actor" },
    { field: "pointId", model: "draftPoint" },
    { field: "citations.sourceId", model: "source" },
  ],
  include: citationInclude,
  toInput: (r) => ({
    actorId: r.actorId,
    pointId: r.pointId,
    reaction: r.reaction,
    summary: r.summary,
    quote: r.quote,
    statedAt: day(r, "statedAt"),
    dateApprox: r.dateApprox,
    citations: readCitations(r),
  }),
  toData: ({ citations, actorId, pointId, ...i }, mode) => ({
    ...i,
    statedAt: dayToDate(i.statedAt),
    actor: { connect: { id: actorId } },
    point: { connect: { id: pointId } },
    citations: writeCitations(citations, mode),
  }),
  title: (r) => `${str(r, "actorId")} ${str(r, "reaction")} ${str(r, "pointId")}`,
  list: { columns: ["actorId", "pointId", "reaction", "statedAt"], search: ["summary", "actorId", "pointId"], orderBy: { statedAt: "desc" } },
});

const territories = def({
  type: "territories",
  model: "territory",
  key: "code",
  schema: s.territorySchema,
  citationOwner: "territoryCode",
  references: [{ field: "citations.sourceId", model: "source" }],
  include: citationInclude,
  toInput: (r) => ({
    code: r.code,
    nameEn: r.nameEn,
    nameUk: r.nameUk,
    kind: r.kind,
    controlStatus: r.controlStatus,
    russianControlPct: r.russianControlPct,
    controlAsOf: day(r, "controlAsOf"),
    controlNote: r.controlNote,
    citations: readCitations(r),
  }),
  toData: ({ citations, ...i }, mode) => ({ ...i, controlAsOf: dayToDate(i.controlAsOf), citations: writeCitations(citations, mode) }),
  check: async (tx, input, id) => {
    if (id && input.code !== id) return { code: "The code of an existing territory cannot change" };
    if (!id && (await tx.territory.findUnique({ where: { code: input.code }, select: { code: true } }))) return { code: "A territory with this code exists" };
    return null;
  },
  title: (r) => `${str(r, "nameEn")} (${str(r, "code")})`,
  list: { columns: ["code", "nameEn", "controlStatus", "russianControlPct"], search: ["code", "nameEn", "nameUk"], orderBy: { nameEn: "asc" } },
});

const territoryClaims = def({
  type: "claims",
  model: "territoryClaim",
  key: "id",
  schema: s.territoryClaimSchema,
  citationOwner: "territoryClaimId",
  references: [
    { field: "territoryCode", model: "territory", key: "code" },
    { field: "actorId", model: "actor" },
    { field: "draftId", model: "draft" },
    { field: "citations.sourceId", model: "source" },
  ],
  include: citationInclude,
  toInput: (r) => ({
    territoryCode: r.territoryCode,
    actorId: r.actorId,
    draftId: r.draftId,
    claim: r.claim,
    summary: r.summary,
    statedAt: day(r, "statedAt"),
    citations: readCitations(r),
  }),
  toData: ({ citations, territoryCode, actorId, draftId, ...i }, mode) => ({
    ...i,
    statedAt: dayToDate(i.statedAt),
    territory: { connect: { code: territoryCode } },
    actor: actorId ? { connect: { id: actorId } } : mode === "update" ? { disconnect: true } : undefined,
    draft: draftId ? { connect: { id: draftId } } : mode === "update" ? { disconnect: true } : undefined,
    citations: writeCitations(citations, mode),
  }),
  title: (r) => `${str(r, "territoryCode")}: ${str(r, "claim")} (${str(r, r.actorId ? "actorId" : "draftId")})`,
  list: { columns: ["territoryCode", "actorId", "draftId", "claim"], search: ["summary", "territoryCode"], orderBy: { territoryCode: "asc" } },
});

const metrics = def({
  type: "metrics",
  model: "metric",
  key: "id",
  schema: s.metricSchema,
  toInput: (r) => ({ name: r.name, unit: r.unit, category: r.category, description: r.description }),
  toData: (i) => ({ ...i }),
  title: (r) => str(r, "name"),
  list: { columns: ["name", "unit", "category"], search: ["name", "category"], orderBy: { name: "asc" } },
});

const metricValues = def({
  type: "metric-values",
  model: "metricValue",
  key: "id",
  schema: s.metricValueSchema,
  citationOwner: "metricValueId",
  references: [
    { field: "metricId", model: "metric" },
    { field: "draftId", model: "draft" },
    { field: "citations.sourceId", model: "source" },
  ],
  include: citationInclude,
  toInput: (r) => ({
    metricId: r.metricId,
    value: r.value,
    valueHigh: r.valueHigh,
    approximate: r.approximate,
    label: r.label,
    date: day(r, "date"),
    draftId: r.draftId,
    note: r.note,
    citations: readCitations(r),
  }),
  toData: ({ citations, metricId, draftId, ...i }, mode) => ({
    ...i,
    date: dayToDate(i.date),
    metric: { connect: { id: metricId } },
    draft: draftId ? { connect: { id: draftId } } : mode === "update" ? { disconnect: true } : undefined,
    citations: writeCitations(citations, mode),
  }),
  title: (r) => `${str(r, "label")}: ${str(r, "value")}`,
  list: { columns: ["metricId", "label", "value", "date"], search: ["label", "metricId"], orderBy: { metricId: "asc" } },
});

export const ENTITIES: Record<EntityType, EntityDef> = Object.fromEntries(
  [sources, actors, issues, positions, cards, briefings, drafts, draftPoints, pointAlignments, pointReactions, territories, territoryClaims, metrics, metricValues].map(
    (d) => [d.type, d as unknown as EntityDef],
  ),
) as Record<EntityType, EntityDef>;

export function entityLabel(type: EntityType) {
  return ENTITY_LABELS[type];
}
