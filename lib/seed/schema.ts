// The shape of the committed seed files in prisma/seed-data/*.json. Records refer to each
// other by their stable ids, which become the database ids, so the seed can be re-run
// without duplicating anything and URLs such as /actors/putin stay readable.
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

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "ids use letters, digits, '-' and '_'");
const text = z.string().trim().min(1);
const optionalText = z.string().trim().min(1).nullable().default(null);
/** A calendar date, or a month when only the month is known. */
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "dates are YYYY-MM-DD or YYYY-MM");
/** Every claim names at least one source from sources.json. */
const sourceIds = z.array(id).min(1, "every claim needs at least one source");

const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export const seedSource = strict({
  id,
  title: text,
  outlet: text,
  url: z.url().nullable(),
  publishedAt: isoDate.nullable(),
  /** The date was inferred from content ("~" in the dossier). */
  dateApprox: z.boolean().default(false),
  reliability: z.enum(RELIABILITY_GRADES),
  credibility: z.number().int().min(1).max(6),
  note: optionalText,
});

export const seedActor = strict({
  id,
  name: text,
  role: text,
  affiliation: text,
  bloc: text,
  bio: optionalText,
  sources: sourceIds,
});

export const seedIssue = strict({
  id,
  title: text,
  description: text,
  sortOrder: z.number().int(),
});

export const seedPosition = strict({
  id,
  actor: id,
  issue: id,
  stance: z.enum(STANCES),
  summary: text,
  /** A verbatim quote, in the language it was said in when known. */
  quoteOriginal: optionalText,
  quoteLanguage: z.string().regex(/^[a-z]{2}$/).nullable().default(null),
  /** English rendering of the quote (same as quoteOriginal when it was said in English). */
  quoteEnglish: optionalText,
  /** Who translated the quote, e.g. "Reuters"; null when said in English. */
  translatedBy: optionalText,
  statedAt: isoDate,
  dateApprox: z.boolean().default(false),
  sources: sourceIds,
});

export const seedDraftPoint = strict({
  id,
  /** null when the point's number in the document is not known. */
  number: z.number().int().positive().nullable(),
  title: text,
  text: optionalText,
  textStatus: z.enum(POINT_TEXT_STATUSES),
  /** What is reported about a point whose text is not public. */
  reported: optionalText,
  issues: z.array(id).default([]),
  confidence: z.enum(["high", "medium", "low"]).nullable().default(null),
  sources: sourceIds,
});

export const seedDraft = strict({
  id,
  name: text,
  title: text,
  date: isoDate,
  origin: text,
  status: z.enum(DRAFT_STATUSES),
  revises: id.nullable(),
  summary: text,
  /** The number of points the document is reported to have, when known. */
  declaredPointCount: z.number().int().positive().nullable(),
  notes: optionalText,
  sources: sourceIds,
  points: z.array(seedDraftPoint),
});

export const seedAlignment = strict({
  id,
  fromDraft: id,
  toDraft: id,
  /** null for a point added in the later draft. */
  fromPoint: id.nullable(),
  /** null for a point dropped from the later draft. */
  toPoint: id.nullable(),
  relation: z.enum(ALIGNMENT_RELATIONS),
  note: optionalText,
  reporting: z.enum(REPORTING_STATUSES),
  sources: sourceIds,
});

export const seedPointReaction = strict({
  id,
  actor: id,
  point: id,
  reaction: z.enum(REACTIONS),
  summary: text,
  quote: optionalText,
  statedAt: isoDate,
  dateApprox: z.boolean().default(false),
  sources: sourceIds,
});

export const seedTerritoryClaim = strict({
  id,
  /** Exactly one of actor or draft says who makes the claim. */
  actor: id.nullable(),
  draft: id.nullable(),
  claim: z.enum(TERRITORY_CLAIMS),
  summary: text,
  statedAt: isoDate.nullable(),
  sources: sourceIds,
});

export const seedTerritory = strict({
  code: z.string().regex(/^UA-\d{2}$/, "an ISO 3166-2:UA code such as UA-14"),
  nameEn: text,
  nameUk: text,
  kind: z.enum(TERRITORY_KINDS),
  controlStatus: z.enum(CONTROL_STATUSES),
  /** Share of the unit's area under Russian control, 0–100; null where no source gives one. */
  russianControlPct: z.number().min(0).max(100).nullable(),
  controlAsOf: isoDate.nullable(),
  controlNote: optionalText,
  sources: sourceIds,
  claims: z.array(seedTerritoryClaim).default([]),
});

export const seedCard = strict({
  id,
  title: text,
  body: text,
  kind: z.enum(CARD_KINDS),
  eventDate: isoDate.nullable(),
  importance: z.number().int().min(1).max(5),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  actors: z.array(id).default([]),
  issues: z.array(id).default([]),
  territories: z.array(z.string().regex(/^UA-\d{2}$/)).default([]),
  points: z.array(id).default([]),
  likelihood: z.enum(LIKELIHOODS).nullable().default(null),
  confidence: z.enum(CONFIDENCE_LEVELS).nullable().default(null),
  status: z.enum(PUBLISH_STATUSES).default("published"),
  sources: sourceIds,
});

export const seedBriefing = strict({
  id,
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  summary: text,
  status: z.enum(PUBLISH_STATUSES),
  publishedAt: isoDate.nullable(),
  marking: text,
  authors: text,
  /** Card ids in reading order. */
  cards: z.array(id).min(1),
});

export const seedMetricValue = strict({
  id,
  value: z.number(),
  /** Upper bound when the figure is reported as a range (value is then the lower bound). */
  valueHigh: z.number().nullable().default(null),
  /** The figure is approximate ("about", "~", ">"). */
  approximate: z.boolean().default(false),
  label: text,
  date: isoDate.nullable(),
  draft: id.nullable().default(null),
  note: optionalText,
  sources: sourceIds,
});

export const seedMetric = strict({
  id,
  name: text,
  unit: text,
  category: text,
  description: optionalText,
  values: z.array(seedMetricValue).min(1),
});

/** One entry per file in prisma/seed-data. */
export const SEED_FILES = {
  sources: z.array(seedSource),
  actors: z.array(seedActor),
  issues: z.array(seedIssue),
  positions: z.array(seedPosition),
  drafts: z.array(seedDraft),
  alignments: z.array(seedAlignment),
  "point-reactions": z.array(seedPointReaction),
  territories: z.array(seedTerritory),
  cards: z.array(seedCard),
  briefings: z.array(seedBriefing),
  metrics: z.array(seedMetric),
} as const;

export type SeedFileName = keyof typeof SEED_FILES;
export type SeedData = { [K in SeedFileName]: z.output<(typeof SEED_FILES)[K]> };
