// The kinds of record the admin area edits, as they appear in its URLs (/admin/<type>).
export const ENTITY_TYPES = [
  "briefings",
  "cards",
  "actors",
  "issues",
  "positions",
  "drafts",
  "draft-points",
  "alignments",
  "reactions",
  "territories",
  "claims",
  "sources",
  "metrics",
  "metric-values",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_LABELS: Record<EntityType, { one: string; many: string }> = {
  briefings: { one: "Briefing", many: "Briefings" },
  cards: { one: "Card", many: "Cards" },
  actors: { one: "Actor", many: "Actors" },
  issues: { one: "Issue", many: "Issues" },
  positions: { one: "Position", many: "Positions" },
  drafts: { one: "Draft", many: "Drafts" },
  "draft-points": { one: "Draft point", many: "Draft points" },
  alignments: { one: "Point alignment", many: "Point alignments" },
  reactions: { one: "Point reaction", many: "Point reactions" },
  territories: { one: "Territory", many: "Territories" },
  claims: { one: "Territorial claim", many: "Territorial claims" },
  sources: { one: "Source", many: "Sources" },
  metrics: { one: "Metric", many: "Metrics" },
  "metric-values": { one: "Metric value", many: "Metric values" },
};

export const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);
