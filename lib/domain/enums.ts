// The vocabularies of the briefing domain come from the Prisma schema (prisma/models), the one
// place they are defined: the generated enum objects (importable in the browser) give the values
// in declaration order, and these tuples feed zod and the UI. CREDIBILITY_GRADES is a number
// column, not an enum.
import * as E from "@/lib/generated/sqlite/enums";

type Values<T extends Record<string, string>> = [T[keyof T], ...T[keyof T][]];
const values = <T extends Record<string, string>>(e: T) => Object.values(e) as Values<T>;

export const PUBLISH_STATUSES = values(E.PublishStatus);
/** Where a negotiation stands: talks going on, stalled, or over. */
export const NEGOTIATION_STAGES = values(E.NegotiationStage);
export const ROLES = values(E.Role);
export const CARD_KINDS = values(E.CardKind);
/** ICD-203 estimative language, from least to most likely. */
export const LIKELIHOODS = values(E.Likelihood);
export const CONFIDENCE_LEVELS = values(E.ConfidenceLevel);
export const STANCES = values(E.Stance);
export const REACTIONS = values(E.Reaction);
export const DRAFT_PROVENANCES = values(E.DraftProvenance);
/** How much of a point's wording Parley holds: the wording itself, our paraphrase, or nothing public. */
export const POINT_TEXT_STATUSES = values(E.PointTextStatus);
export const POINT_CONFIDENCES = values(E.PointConfidence);
export const ALIGNMENT_RELATIONS = values(E.AlignmentRelation);
/** How an alignment is known (the dossier's convention): said by a named outlet, inferred from absence, or single/conflicting. */
export const REPORTING_STATUSES = values(E.ReportingStatus);
export const CONTROL_EXTENTS = values(E.ControlExtent);
export const TERRITORY_CLAIMS = values(E.TerritoryClaimKind);
/** Admiralty (NATO STANAG 2511) grading: source reliability A–F, information credibility 1–6. */
export const RELIABILITY_GRADES = values(E.Reliability);
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;

export type {
  PublishStatus,
  NegotiationStage,
  Role,
  CardKind,
  Likelihood,
  ConfidenceLevel,
  Stance,
  Reaction,
  DraftProvenance,
  PointTextStatus,
  PointConfidence,
  AlignmentRelation,
  ReportingStatus,
  ControlExtent,
  TerritoryClaimKind,
} from "@/lib/generated/sqlite/enums";
export type ReliabilityGrade = E.Reliability;
