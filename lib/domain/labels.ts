// Human-readable labels for the domain vocabularies, shared by every view and the PDF.
// Every enum of the Prisma schema has its labels here (typed, so a new value without a label
// is a compile error): views, forms, CSV and PDF all read them from this one place.
import type {
  AlignmentRelation,
  CardKind,
  ConfidenceLevel,
  ControlExtent,
  DraftProvenance,
  Likelihood,
  NegotiationStage,
  PointConfidence,
  PointTextStatus,
  PublishStatus,
  Reaction,
  ReliabilityGrade,
  ReportingStatus,
  Role,
  Stance,
  TerritoryClaimKind,
} from "./enums";

export const CARD_KIND_LABELS: Record<CardKind, string> = {
  development: "Development",
  assessment: "Assessment",
  quote: "Quote",
  figure: "Figure",
  event: "Event",
};

/** ICD-203 terms with their probability ranges. */
export const LIKELIHOOD_LABELS: Record<Likelihood, { term: string; range: string }> = {
  almost_no_chance: { term: "Almost no chance", range: "1–5%" },
  very_unlikely: { term: "Very unlikely", range: "5–20%" },
  unlikely: { term: "Unlikely", range: "20–45%" },
  roughly_even_chance: { term: "Roughly even chance", range: "45–55%" },
  likely: { term: "Likely", range: "55–80%" },
  very_likely: { term: "Very likely", range: "80–95%" },
  almost_certain: { term: "Almost certain", range: "95–99%" },
};

/** The ICD-203 term alone, e.g. for a form's choices. */
export const LIKELIHOOD_TERMS = Object.fromEntries(Object.entries(LIKELIHOOD_LABELS).map(([k, v]) => [k, `${v.term} (${v.range})`])) as Record<Likelihood, string>;

export const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = {
  low: "Low confidence",
  moderate: "Moderate confidence",
  high: "High confidence",
};

export const RELIABILITY_LABELS: Record<ReliabilityGrade, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

export const CREDIBILITY_LABELS: Record<number, string> = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
};

/** "B2 — Usually reliable; probably true", the Admiralty grading in one line. */
export function admiraltyDescription(reliability: ReliabilityGrade, credibility: number): string {
  return `${reliability}${credibility}: ${RELIABILITY_LABELS[reliability]}; ${(CREDIBILITY_LABELS[credibility] ?? "").toLowerCase()}`;
}

export const TERRITORY_CLAIM_LABELS: Record<TerritoryClaimKind, string> = {
  recognised_de_jure: "Control recognised de jure",
  recognised_de_facto: "Control recognised de facto",
  demilitarised_zone: "Demilitarised zone",
  frozen_on_line: "Frozen along the present line",
  withdrawal: "Withdrawal of forces",
  to_be_returned: "To be returned",
  remains_with_holder: "Stays with its present holder",
  no_recognition: "No recognition of the control",
  subject_to_negotiation: "Left to negotiation",
  international_administration: "International administration",
  security_perimeter: "Within a security perimeter",
};

/** How much of a territory its named controller holds (see controlSummary in lib/territories/control.ts). */
export const CONTROL_EXTENT_LABELS: Record<ControlExtent, string> = {
  none: "None of it",
  partial: "Part of it",
  full: "All of it",
};

export const RELATION_LABELS: Record<AlignmentRelation, string> = {
  unchanged: "Unchanged",
  modified: "Modified",
  merged: "Merged",
  split: "Split",
  moved: "Moved",
  dropped: "Dropped",
  added: "Added",
};

export const NEGOTIATION_STAGE_LABELS: Record<NegotiationStage, string> = {
  active: "Talks under way",
  stalled: "Stalled",
  concluded: "Concluded",
};

export const PUBLISH_STATUS_LABELS: Record<PublishStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  analyst: "Analyst",
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  conditional: "Conditional",
  ambiguous: "Ambiguous",
  opposes: "Opposes",
  unknown: "Unknown",
};

export const REACTION_LABELS: Record<Reaction, string> = {
  accepts: "Accepts",
  conditional: "Conditional",
  rejects: "Rejects",
  silent: "Silent",
};

export const PROVENANCE_LABELS: Record<DraftProvenance, string> = {
  leaked: "Leaked",
  reported: "Reported",
  official: "Official",
};

export const TEXT_STATUS_LABELS: Record<PointTextStatus, string> = {
  verbatim: "Verbatim text",
  paraphrase: "Our paraphrase",
  not_public: "Text not public",
};

export const POINT_CONFIDENCE_LABELS: Record<PointConfidence, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

export const REPORTING_LABELS: Record<ReportingStatus, string> = {
  reported: "Reported by a named outlet",
  inferred: "Inferred",
  unconfirmed: "Unconfirmed",
};


export const RELIABILITY_CHOICES = Object.fromEntries(Object.entries(RELIABILITY_LABELS).map(([k, v]) => [k, `${k}: ${v}`])) as Record<ReliabilityGrade, string>;
