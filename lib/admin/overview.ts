import "server-only";
import { db } from "@/lib/db";

/** What needs an editor's attention: cards and briefings waiting for review, and recent changes. */
export async function getAdminOverview() {
  const [cardsInReview, briefingsInReview, drafts, recent] = await Promise.all([
    db.card.findMany({ where: { status: "in_review" }, select: { id: true, title: true, updatedAt: true }, orderBy: { updatedAt: "desc" } }),
    db.briefing.findMany({ where: { status: "in_review" }, select: { id: true, title: true, updatedAt: true }, orderBy: { updatedAt: "desc" } }),
    db.card.count({ where: { status: "draft" } }),
    db.revision.findMany({
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, entityType: true, entityId: true, action: true, version: true, createdAt: true, user: { select: { email: true } } },
    }),
  ]);
  return { cardsInReview, briefingsInReview, drafts, recent };
}
