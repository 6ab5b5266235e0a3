// What a change concerns: the actors, issues, territories, drafts and tags a reader can follow,
// and the draft points it touches (for the comparison's markers). Read from the record's own
// fields, so every kind that names an actor or an issue is covered without a list per kind.
import type { Tx } from "@/lib/db/client";
import type { KindName } from "@/lib/records";

export const FOLLOW_TYPES = ["actors", "issues", "territories", "drafts", "tags"] as const;
export type FollowType = (typeof FOLLOW_TYPES)[number];
export type FollowTarget = { targetType: FollowType; targetId: string };
export type Subjects = Partial<Record<FollowType | "points", string[]>>;

/** The fields, in any kind, that name a subject of each type. */
const FIELDS: Record<FollowType | "points", string[]> = {
  actors: ["actorId", "actorIds", "controlledById"],
  issues: ["issueId", "issueIds"],
  territories: ["territoryId", "territoryIds"],
  drafts: ["draftId", "fromDraftId", "toDraftId"],
  tags: ["tags"],
  points: ["pointId", "pointIds", "fromPointId", "toPointId"],
};

/** Kinds whose records are themselves subjects. */
const SELF: Partial<Record<KindName, FollowType | "points">> = { actors: "actors", issues: "issues", territories: "territories", drafts: "drafts", "draft-points": "points" };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" && value ? [value] : []);

export async function subjectsOf(tx: Tx, type: KindName, id: string, snapshot: Record<string, unknown>): Promise<Subjects> {
  const subjects: Subjects = {};
  for (const [target, fields] of Object.entries(FIELDS) as [keyof Subjects, string[]][]) {
    const ids = new Set(fields.flatMap((f) => strings(snapshot[f])));
    if (SELF[type] === target) ids.add(id);
    if (ids.size) subjects[target] = [...ids];
  }
  // A reaction to a point concerns the point's draft too.
  if (type === "point-reactions" && subjects.points?.length && !subjects.drafts) {
    const point = await tx.draftPoint.findUnique({ where: { id: subjects.points[0] }, select: { draftId: true } });
    if (point) subjects.drafts = [point.draftId];
  }
  return subjects;
}
