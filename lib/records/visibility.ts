// What readers see: only published records of the kinds that go through review, and only when
// what they belong to is published too (a draft's points, an alignment between two drafts).
// Editors previewing (?preview=1) see everything. Reader queries take a Visibility argument and
// build their filters from these, so the rule is written once.
export type Visibility = "published" | "all";

export const PUBLISHED = { status: "published" } as const;

/** `filter` for readers, nothing for an editor's preview. */
export const onlyPublished = <T extends object>(visibility: Visibility, filter: T): T | Record<string, never> => (visibility === "all" ? {} : filter);

export const visibleDraft = (v: Visibility) => onlyPublished(v, PUBLISHED);
export const visiblePoint = (v: Visibility) => onlyPublished(v, { ...PUBLISHED, draft: PUBLISHED });
/** An alignment shows when it, both drafts and the points it names are published. */
export const visibleAlignment = (v: Visibility) =>
  onlyPublished(v, {
    ...PUBLISHED,
    fromDraft: PUBLISHED,
    toDraft: PUBLISHED,
    AND: [{ OR: [{ fromPointId: null }, { fromPoint: PUBLISHED }] }, { OR: [{ toPointId: null }, { toPoint: PUBLISHED }] }],
  });
/** A point reaction shows when it and its point (in a published draft) are published. */
export const visibleReaction = (v: Visibility) => onlyPublished(v, { ...PUBLISHED, point: { ...PUBLISHED, draft: PUBLISHED } });
/** A claim contained in a draft shows only once the draft is published. */
export const visibleClaim = (v: Visibility) => onlyPublished(v, { ...PUBLISHED, OR: [{ draftId: null }, { draft: PUBLISHED }] });
export const visibleMetricValue = (v: Visibility) => onlyPublished(v, { ...PUBLISHED, OR: [{ draftId: null }, { draft: PUBLISHED }] });
export const visiblePosition = (v: Visibility) => onlyPublished(v, PUBLISHED);
