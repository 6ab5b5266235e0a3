import "server-only";
// What a reader follows: actors, issues, territories, drafts and tags. Their updates, feeds and
// digests can be narrowed to it. A target must exist and be readable by this reader (an issue of
// a negotiation hidden from them is as unknown as one that does not exist).
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { readableNegotiations } from "@/lib/negotiations/queries";
import { territoryName } from "@/lib/territories/names";
import { FOLLOW_TYPES, type FollowTarget, type FollowType } from "./subjects";

const LABELS: Record<FollowType, string> = { actors: "actor", issues: "issue", territories: "territory", drafts: "draft", tags: "tag" };

export const followSchema = z.strictObject({
  targetType: z.enum(FOLLOW_TYPES, { error: "Follow an actor, an issue, a territory, a draft or a tag" }),
  targetId: z.string({ error: "Name what to follow" }).trim().min(1, "Name what to follow").max(200, "At most 200 characters"),
});

export type Followed = FollowTarget & { label: string };

/** The name of what a target points at, or null when this reader cannot follow it (unknown or hidden). */
async function describeTarget({ targetType, targetId }: FollowTarget, hidden: readonly string[]): Promise<string | null> {
  const readable = new Set((await readableNegotiations("published", hidden)).map((n) => n.id));
  switch (targetType) {
    case "actors":
      return (await db.actor.findUnique({ where: { id: targetId }, select: { name: true } }))?.name ?? null;
    case "issues": {
      const issue = await db.issue.findUnique({ where: { id: targetId }, select: { title: true, negotiationId: true } });
      return issue && readable.has(issue.negotiationId) ? issue.title : null;
    }
    case "territories": {
      const territory = await db.territory.findUnique({ where: { id: targetId }, select: { code: true, names: true, negotiationId: true } });
      return territory && readable.has(territory.negotiationId) ? territoryName(territory.names) || territory.code : null;
    }
    case "drafts": {
      const draft = await db.draft.findUnique({ where: { id: targetId }, select: { name: true, status: true, negotiationId: true } });
      return draft && draft.status === "published" && readable.has(draft.negotiationId) ? draft.name : null;
    }
    case "tags":
      return (await db.tag.findUnique({ where: { name: targetId }, select: { name: true } }))?.name ?? null;
  }
}

export async function follow(userId: string, target: FollowTarget, hidden: readonly string[]): Promise<Followed> {
  const label = await describeTarget(target, hidden);
  if (!label) throw new AppError(404, "not_found", `There is no ${LABELS[target.targetType]} "${target.targetId}" to follow`, { targetId: [`No such ${LABELS[target.targetType]}`] });
  await db.follow.upsert({ where: { userId_targetType_targetId: { userId, ...target } }, create: { userId, ...target }, update: {} });
  return { ...target, label };
}

export async function unfollow(userId: string, target: FollowTarget): Promise<boolean> {
  return (await db.follow.deleteMany({ where: { userId, ...target } })).count > 0;
}

/** What this reader follows, named; targets they can no longer read are left out. */
export async function listFollows(userId: string, hidden: readonly string[]): Promise<Followed[]> {
  const rows = await db.follow.findMany({ where: { userId }, orderBy: [{ targetType: "asc" }, { createdAt: "asc" }], select: { targetType: true, targetId: true } });
  const named = await Promise.all(
    rows.map(async (r) => {
      const target = { targetType: r.targetType as FollowType, targetId: r.targetId };
      const label = FOLLOW_TYPES.includes(target.targetType) ? await describeTarget(target, hidden) : null;
      return label ? { ...target, label } : null;
    }),
  );
  return named.filter((f): f is Followed => f !== null);
}

export const followLabel = (type: FollowType) => LABELS[type];
