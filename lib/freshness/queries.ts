import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

/**
 * A token that changes whenever published content may have changed: the latest update time
 * and the row count of every content table (counts catch deletions). It is read from the
 * database, so every app instance serving the same database reports the same token.
 */
export async function getContentVersion(): Promise<string> {
  const stats = await Promise.all([
    db.briefing.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.card.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.actor.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.issue.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.position.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.draft.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.draftPoint.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.pointAlignment.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.pointReaction.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.territory.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.territoryClaim.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.source.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.metricValue.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.citation.count(),
  ]);
  return createHash("sha256").update(JSON.stringify(stats)).digest("hex").slice(0, 16);
}
