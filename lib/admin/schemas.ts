// What an editor may submit for each kind of record: the same zod schemas validate the admin
// forms in the browser and every mutation on the server. Records refer to each other by id;
// dates are calendar days (YYYY-MM-DD). Unknown fields are refused (strict objects).
import { z } from "zod";
import {
  ALIGNMENT_RELATIONS,
  CARD_KINDS,
  CONFIDENCE_LEVELS,
  CONTROL_STATUSES,
  DRAFT_STATUSES,
  LIKELIHOODS,
  POINT_TEXT_STATUSES,
  PUBLISH_STATUSES,
  REACTIONS,
  RELIABILITY_GRADES,
  REPORTING_STATUSES,
  STANCES,
  TERRITORY_CLAIMS,
  TERRITORY_KINDS,
} from "@/lib/domain/enums";

const required = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);
/** Optional text: an empty field is stored as null. */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date (YYYY-MM-DD)").refine((v) => !Number.isNaN(Date.parse(v)), "Not a real date");
const optionalDay = z
  .union([day, z.literal(""), z.null()])
  .optional()
  .transform((v) => (v ? v : null));
const ref = z.string().trim().min(1, "Choose one").max(100);
const optionalRef = z
  .string()
  .trim()
  .max(100)
  .nullish()
  .transform((v) => (v ? v : null));
const refs = z.array(ref).max(500).default([]);
const optionalNumber = z.number().finite().nullish().transform((v) => (v ?? null));

/** A claim's sources, in order; `locator` says where in the source (page, paragraph, quote). */
export const citationsSchema = z
  .array(z.strictObject({ sourceId: ref, locator: optional(300) }))
  .max(50)
  .default([]);

export const sourceSchema = z.strictObject({
  title: required(300),
  outlet: required(120),
  url: z
    .union([z.url("Enter a full URL (https://…)").max(2000), z.literal(""), z.null()])
    .optional()
    .transform((v) => (v ? v : null)),
  publishedAt: optionalDay,
  dateApprox: z.boolean().default(false),
  reliability: z.enum(RELIABILITY_GRADES, { error: "Choose a reliability grade" }),
  credibility: z.number({ error: "Choose a credibility grade" }).int().min(1).max(6),
  note: optional(2000),
});

export const actorSchema = z.strictObject({
  name: required(120),
  role: required(200),
  affiliation: required(120),
  bloc: required(60),
  bio: optional(4000),
  citations: citationsSchema,
});

export const issueSchema = z.strictObject({
  title: required(200),
  description: required(4000),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
});

export const positionSchema = z.strictObject({
  actorId: ref,
  issueId: ref,
  stance: z.enum(STANCES, { error: "Choose a stance" }),
  summary: required(2000),
  quoteOriginal: optional(4000),
  quoteLanguage: z
    .union([z.string().regex(/^[a-z]{2}$/, "Two-letter language code, e.g. ru"), z.literal(""), z.null()])
    .optional()
    .transform((v) => (v ? v : null)),
  quoteEnglish: optional(4000),
  translatedBy: optional(120),
  statedAt: day,
  dateApprox: z.boolean().default(false),
  citations: citationsSchema,
});

export const cardSchema = z
  .strictObject({
    title: required(200),
    body: required(20_000),
    kind: z.enum(CARD_KINDS, { error: "Choose a kind" }),
    eventDate: optionalDay,
    importance: z.number().int().min(1).max(5).default(3),
    likelihood: z.enum(LIKELIHOODS).nullish().transform((v) => v ?? null),
    confidence: z.enum(CONFIDENCE_LEVELS).nullish().transform((v) => v ?? null),
    tags: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    actorIds: refs,
    issueIds: refs,
    territoryCodes: refs,
    pointIds: refs,
    citations: citationsSchema,
  })
  .superRefine((card, ctx) => {
    // ICD-203: an assessment states how likely and with what confidence.
    if (card.kind === "assessment" && !card.likelihood) ctx.addIssue({ code: "custom", path: ["likelihood"], message: "An assessment needs a likelihood" });
    if (card.kind === "assessment" && !card.confidence) ctx.addIssue({ code: "custom", path: ["confidence"], message: "An assessment needs a confidence level" });
  });

export const briefingSchema = z.strictObject({
  slug: z
    .string()
    .trim()
    .min(3, "At least 3 characters")
    .max(80)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Lower-case letters, digits and single hyphens, e.g. moscow-talks-dec-2025"),
  title: required(200),
  summary: required(20_000),
  marking: required(80).default("UNCLASSIFIED"),
  authors: optional(300).transform((v) => v ?? ""),
  /** The briefing's cards, in reading order. */
  cardIds: refs,
});

export const draftSchema = z.strictObject({
  name: required(120),
  title: required(300),
  date: day,
  origin: required(200),
  status: z.enum(DRAFT_STATUSES, { error: "Choose a status" }),
  summary: required(8000),
  declaredPointCount: z.number().int().min(0).max(1000).nullish().transform((v) => v ?? null),
  notes: optional(8000),
  revisesId: optionalRef,
  /** The draft's points in document order (all of them; new points go last). */
  pointIds: z.array(ref).max(1000).optional(),
  citations: citationsSchema,
});

export const draftPointSchema = z
  .strictObject({
    draftId: ref,
    number: z.number().int().min(0).max(10_000).nullish().transform((v) => v ?? null),
    title: required(300),
    text: optional(20_000),
    textStatus: z.enum(POINT_TEXT_STATUSES, { error: "Choose how much of the text is known" }),
    reported: optional(8000),
    confidence: optional(200),
    issueIds: refs,
    citations: citationsSchema,
  })
  .superRefine((point, ctx) => {
    if (point.textStatus !== "not_public" && !point.text) ctx.addIssue({ code: "custom", path: ["text"], message: "Give the text, or mark it as not public" });
    if (point.textStatus === "not_public" && !point.reported) ctx.addIssue({ code: "custom", path: ["reported"], message: "Say what is reported about a point whose text is not public" });
  });

export const pointAlignmentSchema = z
  .strictObject({
    fromDraftId: ref,
    toDraftId: ref,
    fromPointId: optionalRef,
    toPointId: optionalRef,
    relation: z.enum(ALIGNMENT_RELATIONS, { error: "Choose a relation" }),
    note: optional(2000),
    reporting: z.enum(REPORTING_STATUSES).default("reported"),
    citations: citationsSchema,
  })
  .superRefine((a, ctx) => {
    if (a.fromDraftId === a.toDraftId) ctx.addIssue({ code: "custom", path: ["toDraftId"], message: "Pick two different drafts" });
    if (a.relation === "added" ? a.fromPointId : !a.fromPointId)
      ctx.addIssue({ code: "custom", path: ["fromPointId"], message: a.relation === "added" ? "An added point has no earlier point" : "Pick the earlier draft's point" });
    if (a.relation === "dropped" ? a.toPointId : !a.toPointId)
      ctx.addIssue({ code: "custom", path: ["toPointId"], message: a.relation === "dropped" ? "A dropped point has no later point" : "Pick the later draft's point" });
  });

export const pointReactionSchema = z.strictObject({
  actorId: ref,
  pointId: ref,
  reaction: z.enum(REACTIONS, { error: "Choose a reaction" }),
  summary: required(2000),
  quote: optional(4000),
  statedAt: day,
  dateApprox: z.boolean().default(false),
  citations: citationsSchema,
});

export const territorySchema = z.strictObject({
  code: z.string().trim().regex(/^[A-Z]{2}-[0-9A-Z]{1,3}$/, "ISO 3166-2 code, e.g. UA-14"),
  nameEn: required(120),
  nameUk: required(120),
  kind: z.enum(TERRITORY_KINDS, { error: "Choose a kind" }),
  controlStatus: z.enum(CONTROL_STATUSES, { error: "Choose a control status" }),
  russianControlPct: z.number().min(0, "0–100").max(100, "0–100").nullish().transform((v) => v ?? null),
  controlAsOf: optionalDay,
  controlNote: optional(2000),
  citations: citationsSchema,
});

export const territoryClaimSchema = z
  .strictObject({
    territoryCode: ref,
    actorId: optionalRef,
    draftId: optionalRef,
    claim: z.enum(TERRITORY_CLAIMS, { error: "Choose a claim" }),
    summary: required(2000),
    statedAt: optionalDay,
    citations: citationsSchema,
  })
  .superRefine((c, ctx) => {
    if (!c.actorId === !c.draftId) ctx.addIssue({ code: "custom", path: ["actorId"], message: "A claim is made by an actor or contained in a draft: pick exactly one" });
  });

export const metricSchema = z.strictObject({
  name: required(200),
  unit: required(60),
  category: required(60),
  description: optional(2000),
});

export const metricValueSchema = z
  .strictObject({
    metricId: ref,
    value: z.number({ error: "Enter a number" }).finite(),
    valueHigh: optionalNumber,
    approximate: z.boolean().default(false),
    label: required(200),
    date: optionalDay,
    draftId: optionalRef,
    note: optional(2000),
    citations: citationsSchema,
  })
  .superRefine((v, ctx) => {
    if (v.valueHigh != null && v.valueHigh < v.value) ctx.addIssue({ code: "custom", path: ["valueHigh"], message: "The upper bound must not be below the value" });
  });

export const publishStatusSchema = z.strictObject({ status: z.enum(PUBLISH_STATUSES), version: z.number().int().min(1) });

/** Every save names the version it was based on; a stale version is refused with 409. */
export const versioned = <T extends z.ZodType>(schema: T) => z.strictObject({ version: z.number().int().min(1), data: schema });
