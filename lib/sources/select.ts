// The citation fields every view shows: the source and its Admiralty grading.
export const sourceSelect = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  publishedAt: true,
  dateApprox: true,
  reliability: true,
  credibility: true,
} as const;

export const citationSelect = {
  orderBy: { sortOrder: "asc" },
  select: { id: true, locator: true, source: { select: sourceSelect } },
} as const;

/** A reaction to a draft point as every view shows it (add `point` or `actor` as needed). */
export const reactionFields = {
  id: true,
  reaction: true,
  summary: true,
  quote: true,
  statedAt: true,
  dateApprox: true,
  citations: citationSelect,
} as const;
