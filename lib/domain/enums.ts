// The vocabularies of the briefing domain. Prisma stores them as enums (TEXT on SQLite,
// native enums on PostgreSQL); these tuples are the single source for zod and the UI.

export const PUBLISH_STATUSES = ["draft", "in_review", "published"] as const;
export const ROLES = ["admin", "editor", "analyst"] as const;
export const CARD_KINDS = ["development", "assessment", "quote", "figure", "event"] as const;

/** ICD-203 estimative language, from least to most likely. */
export const LIKELIHOODS = [
  "almost_no_chance",
  "very_unlikely",
  "unlikely",
  "roughly_even_chance",
  "likely",
  "very_likely",
  "almost_certain",
] as const;
export const CONFIDENCE_LEVELS = ["low", "moderate", "high"] as const;

export const STANCES = ["supports", "opposes", "conditional", "ambiguous", "unknown"] as const;
export const REACTIONS = ["accepts", "rejects", "conditional", "silent"] as const;

export const DRAFT_STATUSES = ["leaked", "reported", "official"] as const;
/** How much of a point's wording Parley holds: the wording itself, our paraphrase, or nothing public. */
export const POINT_TEXT_STATUSES = ["verbatim", "paraphrase", "not_public"] as const;
export const ALIGNMENT_RELATIONS = ["unchanged", "modified", "merged", "split", "moved", "dropped", "added"] as const;
/** How an alignment is known (the dossier's convention): said by a named outlet, inferred from absence, or single/conflicting. */
export const REPORTING_STATUSES = ["reported", "inferred", "unconfirmed"] as const;

export const TERRITORY_KINDS = ["oblast", "autonomous_republic", "city"] as const;
export const CONTROL_STATUSES = ["ukrainian_control", "partially_occupied", "occupied"] as const;
export const TERRITORY_CLAIMS = [
  "recognised_de_jure",
  "recognised_de_facto",
  "demilitarised_zone",
  "frozen_on_contact_line",
  "ukrainian_withdrawal",
  "to_be_returned",
  "remains_ukrainian",
  "no_recognition",
  "subject_to_negotiation",
] as const;

/** Admiralty (NATO STANAG 2511) grading: source reliability A–F, information credibility 1–6. */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;

export type PublishStatus = (typeof PUBLISH_STATUSES)[number];
export type Role = (typeof ROLES)[number];
export type CardKind = (typeof CARD_KINDS)[number];
export type Likelihood = (typeof LIKELIHOODS)[number];
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
export type Stance = (typeof STANCES)[number];
export type Reaction = (typeof REACTIONS)[number];
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export type PointTextStatus = (typeof POINT_TEXT_STATUSES)[number];
export type AlignmentRelation = (typeof ALIGNMENT_RELATIONS)[number];
export type ReportingStatus = (typeof REPORTING_STATUSES)[number];
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
export type TerritoryClaimKind = (typeof TERRITORY_CLAIMS)[number];
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
