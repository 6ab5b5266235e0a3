// What the draft-intake endpoints accept. The alignment request is the engine's contract
// (issue "Take in a new draft"): `{ base: {draftId} | {text}, candidate: {text} }`; a side may
// also be a list of points, which is how the review screen sends points the editor merged or
// split before aligning.
import { z } from "zod";
import { ALIGNMENT_RELATIONS, POINT_TEXT_STATUSES, REPORTING_STATUSES } from "@/lib/domain/enums";
import { idParam } from "@/lib/http/query-params";

/** Well above any draft (a 400-article treaty is about 1 MB of text); the file limit is 5 MB. */
const MAX_TEXT = 2_000_000;
const MAX_POINTS = 2_000;

const pointSchema = z.strictObject({
  label: z.string().trim().min(1, "every point needs a label").max(40, "at most 40 characters"),
  text: z.string().max(20_000, "at most 20,000 characters per point"),
});

const textSide = z.strictObject({ text: z.string().max(MAX_TEXT, "the text is over 2 MB: split the document") });
const pointsSide = z.strictObject({ points: z.array(pointSchema).max(MAX_POINTS, `at most ${MAX_POINTS} points`) });

export const alignRequestSchema = z.strictObject({
  base: z.union([z.strictObject({ draftId: idParam }), textSide, pointsSide], "give the earlier version as {draftId}, {text} or {points}"),
  /** {draftId} here asks for the rows nobody has aligned yet between two stored drafts. */
  candidate: z.union([z.strictObject({ draftId: idParam }), textSide, pointsSide], "give the new version as {text}, {points} or {draftId}"),
  minConfidence: z.number().min(0, "from 0 to 1").max(1, "from 0 to 1").optional(),
  /** The review screen wants the word diffs; scripts usually do not. */
  diffs: z.boolean().optional(),
});
export type AlignRequest = z.output<typeof alignRequestSchema>;

/** One reviewed row: the base point ids and the new draft's point labels it links. */
const reviewedLink = z.strictObject({
  base: z.array(idParam).max(50),
  candidate: z.array(z.string().min(1).max(40)).max(50),
  relation: z.enum(ALIGNMENT_RELATIONS, "an unknown relation"),
  /** The engine's flags in words, kept with the alignment so readers see them. */
  note: z.string().max(2000).nullish(),
});

const intakePoint = z.strictObject({
  label: z.string().trim().min(1, "every point needs a label").max(40),
  title: z.string().trim().min(1, "give the point a title").max(300, "at most 300 characters"),
  text: z.string().trim().min(1, "the point has no text").max(20_000, "at most 20,000 characters"),
});

/**
 * Saving a reviewed intake: the new draft (validated by the drafts kind's own schema), its
 * points in document order, and the alignments the editor accepted against the base draft.
 */
export const intakeSaveSchema = z
  .strictObject({
    draft: z.record(z.string(), z.unknown()),
    textStatus: z.enum(POINT_TEXT_STATUSES, "choose how much of the text is known"),
    points: z.array(intakePoint).min(1, "the new draft has no points").max(MAX_POINTS),
    baseDraftId: idParam.nullish(),
    reporting: z.enum(REPORTING_STATUSES, "choose how the alignment is known"),
    links: z.array(reviewedLink).max(MAX_POINTS * 2),
  })
  .superRefine((value, ctx) => {
    const labels = new Set<string>();
    value.points.forEach((p, index) => {
      if (labels.has(p.label)) ctx.addIssue({ code: "custom", path: ["points", index, "label"], message: `point "${p.label}" appears twice: give every point its own label` });
      labels.add(p.label);
    });
    if (value.links.length && !value.baseDraftId) ctx.addIssue({ code: "custom", path: ["baseDraftId"], message: "alignments need the earlier draft" });
    const seenCandidate = new Set<string>();
    const seenBase = new Set<string>();
    value.links.forEach((link, index) => {
      for (const label of link.candidate) {
        if (!labels.has(label)) ctx.addIssue({ code: "custom", path: ["links", index, "candidate"], message: `no point "${label}" in the new draft` });
        if (seenCandidate.has(label) && link.relation !== "merged") ctx.addIssue({ code: "custom", path: ["links", index, "candidate"], message: `point "${label}" is in two rows` });
        seenCandidate.add(label);
      }
      for (const id of link.base) {
        if (seenBase.has(id)) ctx.addIssue({ code: "custom", path: ["links", index, "base"], message: `the earlier point ${id} is in two rows` });
        seenBase.add(id);
      }
      const shape = shapeProblem(link);
      if (shape) ctx.addIssue({ code: "custom", path: ["links", index, "relation"], message: shape });
    });
  });
export type IntakeSave = z.output<typeof intakeSaveSchema>;

/** Saving suggested rows between two stored drafts: both sides are point ids. */
export const suggestedSaveSchema = z
  .strictObject({
    baseDraftId: idParam,
    candidateDraftId: idParam,
    reporting: z.enum(REPORTING_STATUSES, "choose how the alignment is known"),
    links: z.array(reviewedLink.extend({ candidate: z.array(idParam).max(50) })).min(1, "accept at least one row").max(MAX_POINTS * 2),
  })
  .superRefine((value, ctx) => {
    if (value.baseDraftId === value.candidateDraftId) ctx.addIssue({ code: "custom", path: ["candidateDraftId"], message: "pick two different drafts" });
    value.links.forEach((link, index) => {
      const shape = shapeProblem(link);
      if (shape) ctx.addIssue({ code: "custom", path: ["links", index, "relation"], message: shape });
    });
  });
export type SuggestedSave = z.output<typeof suggestedSaveSchema>;

/** How many points each side of a row may have for its relation. */
function shapeProblem(link: { base: string[]; candidate: string[]; relation: string }): string | null {
  const b = link.base.length;
  const c = link.candidate.length;
  switch (link.relation) {
    case "added":
      return b === 0 && c === 1 ? null : "an added row has one new point and no earlier one";
    case "dropped":
      return b === 1 && c === 0 ? null : "a dropped row has one earlier point and no new one";
    case "merged":
      return b >= 2 && c === 1 ? null : "a merged row has several earlier points and one new point";
    case "split":
      return b === 1 && c >= 2 ? null : "a split row has one earlier point and several new points";
    default:
      return b === 1 && c === 1 ? null : "this relation links one earlier point to one new point";
  }
}
