// How each kind of record is laid out as a form: the fields in order, their control and
// which options they pick from. The rules live in the zod schemas (lib/admin/schemas.ts).
import type { z } from "zod";
import {
  ALIGNMENT_RELATIONS,
  CARD_KINDS,
  CONFIDENCE_LEVELS,
  CONTROL_STATUSES,
  DRAFT_STATUSES,
  LIKELIHOODS,
  POINT_TEXT_STATUSES,
  REACTIONS,
  RELIABILITY_GRADES,
  REPORTING_STATUSES,
  STANCES,
  TERRITORY_CLAIMS,
  TERRITORY_KINDS,
} from "@/lib/domain/enums";
import type { EntityType } from "./entity-types";
import * as s from "./schemas";

/** Lists of records the forms pick from (GET /api/admin/options). */
export type OptionList = "actors" | "issues" | "drafts" | "points" | "territories" | "sources" | "metrics" | "cards";
/** A record to pick; `detail` is shown under the control once picked (e.g. a point's text). */
export type Option = { id: string; label: string; group?: string; detail?: string };
export type Options = Record<OptionList, Option[]>;

export type FieldSpec = { name: string; label: string; required?: boolean; hint?: string; wide?: boolean } & (
  | { kind: "text" | "textarea" | "markdown" | "date" | "checkbox" | "tags" | "url" }
  | { kind: "number"; step?: number; nullable?: boolean }
  | { kind: "select"; values: readonly (string | number)[]; nullable?: boolean }
  | { kind: "ref"; options: OptionList; nullable?: boolean; groupBy?: string }
  | { kind: "refs"; options: OptionList }
  | { kind: "order"; options: OptionList; addable?: boolean }
  | { kind: "citations" }
);

const citations: FieldSpec = { name: "citations", label: "Sources", kind: "citations", wide: true };

export const FORMS: Record<EntityType, { schema: z.ZodType; fields: FieldSpec[]; defaults: Record<string, unknown> }> = {
  briefings: {
    schema: s.briefingSchema,
    defaults: { marking: "UNCLASSIFIED", authors: "", cardIds: [] },
    fields: [
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "slug", label: "Slug (in the URL and PDF name)", kind: "text", required: true },
      { name: "marking", label: "Marking", kind: "text", required: true, hint: "Printed at the top and bottom of every PDF page" },
      { name: "authors", label: "Authors", kind: "text" },
      { name: "summary", label: "Summary", kind: "markdown", required: true, wide: true },
      { name: "cardIds", label: "Cards, in reading order", kind: "order", options: "cards", addable: true, wide: true },
    ],
  },
  cards: {
    schema: s.cardSchema,
    defaults: { kind: "development", importance: 3, tags: [], actorIds: [], issueIds: [], territoryCodes: [], pointIds: [], citations: [] },
    fields: [
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "kind", label: "Kind", kind: "select", values: CARD_KINDS, required: true },
      { name: "eventDate", label: "Date of the event", kind: "date" },
      { name: "importance", label: "Importance (1–5)", kind: "select", values: [1, 2, 3, 4, 5] },
      { name: "likelihood", label: "Likelihood (ICD-203)", kind: "select", values: LIKELIHOODS, nullable: true, hint: "Required for assessments" },
      { name: "confidence", label: "Confidence", kind: "select", values: CONFIDENCE_LEVELS, nullable: true, hint: "Required for assessments" },
      { name: "body", label: "Body", kind: "markdown", required: true, wide: true },
      { name: "tags", label: "Tags (comma-separated)", kind: "tags", wide: true },
      { name: "actorIds", label: "Actors", kind: "refs", options: "actors" },
      { name: "issueIds", label: "Issues", kind: "refs", options: "issues" },
      { name: "territoryCodes", label: "Territories", kind: "refs", options: "territories" },
      { name: "pointIds", label: "Draft points", kind: "refs", options: "points" },
      citations,
    ],
  },
  actors: {
    schema: s.actorSchema,
    defaults: { citations: [] },
    fields: [
      { name: "name", label: "Name", kind: "text", required: true },
      { name: "role", label: "Role", kind: "text", required: true },
      { name: "affiliation", label: "Affiliation", kind: "text", required: true },
      { name: "bloc", label: "Bloc", kind: "text", required: true, hint: "Groups actors in the positions matrix, e.g. Russia, Ukraine, United States" },
      { name: "bio", label: "Biography", kind: "textarea", wide: true },
      citations,
    ],
  },
  issues: {
    schema: s.issueSchema,
    defaults: { sortOrder: 0 },
    fields: [
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "description", label: "Description", kind: "textarea", required: true, wide: true },
      { name: "sortOrder", label: "Order in the matrix", kind: "number" },
    ],
  },
  positions: {
    schema: s.positionSchema,
    defaults: { dateApprox: false, citations: [] },
    fields: [
      { name: "actorId", label: "Actor", kind: "ref", options: "actors", required: true },
      { name: "issueId", label: "Issue", kind: "ref", options: "issues", required: true },
      { name: "stance", label: "Stance", kind: "select", values: STANCES, required: true },
      { name: "statedAt", label: "Stated on", kind: "date", required: true },
      { name: "dateApprox", label: "Date is approximate", kind: "checkbox" },
      { name: "summary", label: "Summary", kind: "textarea", required: true, wide: true },
      { name: "quoteOriginal", label: "Quote (original language)", kind: "textarea", wide: true },
      { name: "quoteLanguage", label: "Language of the quote (e.g. ru)", kind: "text" },
      { name: "translatedBy", label: "Translated by", kind: "text" },
      { name: "quoteEnglish", label: "Quote (English)", kind: "textarea", wide: true },
      citations,
    ],
  },
  drafts: {
    schema: s.draftSchema,
    defaults: { status: "reported", citations: [] },
    fields: [
      { name: "name", label: "Short name", kind: "text", required: true },
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "date", label: "Date", kind: "date", required: true },
      { name: "status", label: "Status", kind: "select", values: DRAFT_STATUSES, required: true },
      { name: "origin", label: "Origin", kind: "text", required: true },
      { name: "declaredPointCount", label: "Declared number of points", kind: "number", nullable: true },
      { name: "revisesId", label: "Revises", kind: "ref", options: "drafts", nullable: true },
      { name: "summary", label: "Summary", kind: "textarea", required: true, wide: true },
      { name: "notes", label: "Notes", kind: "textarea", wide: true },
      { name: "pointIds", label: "Points, in document order", kind: "order", options: "points", wide: true },
      citations,
    ],
  },
  "draft-points": {
    schema: s.draftPointSchema,
    defaults: { textStatus: "paraphrase", issueIds: [], citations: [] },
    fields: [
      { name: "draftId", label: "Draft", kind: "ref", options: "drafts", required: true },
      { name: "number", label: "Number in the document", kind: "number", nullable: true },
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "textStatus", label: "Text", kind: "select", values: POINT_TEXT_STATUSES, required: true },
      { name: "confidence", label: "Confidence in the reporting", kind: "text" },
      { name: "text", label: "Text of the point", kind: "textarea", wide: true },
      { name: "reported", label: "What is reported (when the text is not public)", kind: "textarea", wide: true },
      { name: "issueIds", label: "Issues", kind: "refs", options: "issues" },
      citations,
    ],
  },
  alignments: {
    schema: s.pointAlignmentSchema,
    defaults: { reporting: "reported", relation: "modified", citations: [] },
    fields: [
      { name: "fromDraftId", label: "Earlier draft", kind: "ref", options: "drafts", required: true },
      { name: "toDraftId", label: "Later draft", kind: "ref", options: "drafts", required: true },
      { name: "fromPointId", label: "Point in the earlier draft", kind: "ref", options: "points", nullable: true, groupBy: "fromDraftId" },
      { name: "toPointId", label: "Point in the later draft", kind: "ref", options: "points", nullable: true, groupBy: "toDraftId" },
      { name: "relation", label: "Relation", kind: "select", values: ALIGNMENT_RELATIONS, required: true },
      { name: "reporting", label: "How it is known", kind: "select", values: REPORTING_STATUSES },
      { name: "note", label: "Note", kind: "textarea", wide: true },
      citations,
    ],
  },
  reactions: {
    schema: s.pointReactionSchema,
    defaults: { dateApprox: false, citations: [] },
    fields: [
      { name: "actorId", label: "Actor", kind: "ref", options: "actors", required: true },
      { name: "pointId", label: "Draft point", kind: "ref", options: "points", required: true },
      { name: "reaction", label: "Reaction", kind: "select", values: REACTIONS, required: true },
      { name: "statedAt", label: "Stated on", kind: "date", required: true },
      { name: "dateApprox", label: "Date is approximate", kind: "checkbox" },
      { name: "summary", label: "Summary", kind: "textarea", required: true, wide: true },
      { name: "quote", label: "Quote", kind: "textarea", wide: true },
      citations,
    ],
  },
  territories: {
    schema: s.territorySchema,
    defaults: { citations: [] },
    fields: [
      { name: "code", label: "ISO 3166-2 code", kind: "text", required: true },
      { name: "nameEn", label: "Name (English)", kind: "text", required: true },
      { name: "nameUk", label: "Name (Ukrainian)", kind: "text", required: true },
      { name: "kind", label: "Kind", kind: "select", values: TERRITORY_KINDS, required: true },
      { name: "controlStatus", label: "Control", kind: "select", values: CONTROL_STATUSES, required: true },
      { name: "russianControlPct", label: "Share under Russian control (%)", kind: "number", nullable: true, step: 0.1 },
      { name: "controlAsOf", label: "Control as of", kind: "date" },
      { name: "controlNote", label: "Note on control", kind: "textarea", wide: true },
      citations,
    ],
  },
  claims: {
    schema: s.territoryClaimSchema,
    defaults: { citations: [] },
    fields: [
      { name: "territoryCode", label: "Territory", kind: "ref", options: "territories", required: true },
      { name: "claim", label: "Claim", kind: "select", values: TERRITORY_CLAIMS, required: true },
      { name: "actorId", label: "Made by actor", kind: "ref", options: "actors", nullable: true, hint: "An actor or a draft, not both" },
      { name: "draftId", label: "Contained in draft", kind: "ref", options: "drafts", nullable: true },
      { name: "statedAt", label: "Stated on", kind: "date" },
      { name: "summary", label: "Summary", kind: "textarea", required: true, wide: true },
      citations,
    ],
  },
  sources: {
    schema: s.sourceSchema,
    defaults: { dateApprox: false, reliability: "C", credibility: 3 },
    fields: [
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "outlet", label: "Outlet", kind: "text", required: true },
      { name: "url", label: "URL", kind: "url" },
      { name: "publishedAt", label: "Published on", kind: "date" },
      { name: "dateApprox", label: "Date is approximate", kind: "checkbox" },
      { name: "reliability", label: "Reliability (Admiralty A–F)", kind: "select", values: RELIABILITY_GRADES, required: true },
      { name: "credibility", label: "Credibility (Admiralty 1–6)", kind: "select", values: [1, 2, 3, 4, 5, 6], required: true },
      { name: "note", label: "Note", kind: "textarea", wide: true },
    ],
  },
  metrics: {
    schema: s.metricSchema,
    defaults: {},
    fields: [
      { name: "name", label: "Name", kind: "text", required: true, wide: true },
      { name: "unit", label: "Unit", kind: "text", required: true },
      { name: "category", label: "Category", kind: "text", required: true },
      { name: "description", label: "Description", kind: "textarea", wide: true },
    ],
  },
  "metric-values": {
    schema: s.metricValueSchema,
    defaults: { approximate: false, citations: [] },
    fields: [
      { name: "metricId", label: "Metric", kind: "ref", options: "metrics", required: true },
      { name: "label", label: "Label", kind: "text", required: true },
      { name: "value", label: "Value", kind: "number", required: true },
      { name: "valueHigh", label: "Upper bound (for a range)", kind: "number", nullable: true },
      { name: "approximate", label: "Approximate", kind: "checkbox" },
      { name: "date", label: "Date", kind: "date" },
      { name: "draftId", label: "Set by draft", kind: "ref", options: "drafts", nullable: true },
      { name: "note", label: "Note", kind: "textarea", wide: true },
      citations,
    ],
  },
};

/** "almost_no_chance" → "Almost no chance". */
export const humanize = (value: string | number) => {
  const text = String(value).replace(/[_-]/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
