import "server-only";
import { db } from "@/lib/db";
import { findContradictions } from "@/lib/drafts/contradictions";
import { RELATION_LABELS } from "@/lib/domain/labels";
import { KIND_LIST } from "@/lib/records";
import type { Row } from "@/lib/records/fields";

type Model = { findMany(a: object): Promise<Row[]>; count(a: object): Promise<number> };

/** What needs an editor's attention: records of every reviewed kind waiting for review or still drafts, and recent changes. */
export async function getAdminOverview() {
  const reviewed = KIND_LIST.filter((k) => k.publishable);
  const model = (name: string) => (db as unknown as Record<string, Model>)[name];
  const [waiting, drafts, recent, disagreements] = await Promise.all([
    Promise.all(
      reviewed.map(async (kind) =>
        (await model(kind.model).findMany({ where: { status: "in_review" }, include: kind.include, orderBy: { updatedAt: "desc" }, take: 50 })).map((row) => ({
          type: kind.type,
          kind: kind.label.one,
          id: String(row[kind.key]),
          title: kind.title(row),
        })),
      ),
    ),
    Promise.all(reviewed.map(async (kind) => ({ type: kind.type, label: kind.label.many, count: await model(kind.model).count({ where: { status: "draft" } }) }))),
    db.revision.findMany({
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, entityType: true, entityId: true, action: true, title: true, version: true, createdAt: true, user: { select: { email: true } } },
    }),
    listContradictoryAlignments(),
  ]);
  return { waiting: waiting.flat(), drafts: drafts.filter((d) => d.count > 0), recent, disagreements };
}

/**
 * Alignments that contradict each other, in every status: readers are shown them as "records
 * disagree" (lib/drafts/contradictions.ts), so each one waits here for an editor to correct.
 */
export async function listContradictoryAlignments() {
  const alignments = await db.pointAlignment.findMany({
    select: { id: true, fromDraftId: true, toDraftId: true, fromPointId: true, toPointId: true, relation: true, note: true },
    orderBy: { id: "asc" },
  });
  const contradictions = findContradictions(alignments);
  const points = await db.draftPoint.findMany({
    where: { id: { in: contradictions.map((c) => c.pointId) } },
    select: { id: true, number: true, title: true, draft: { select: { name: true, negotiation: { select: { title: true } } } } },
  });
  const pointById = new Map(points.map((p) => [p.id, p]));
  const byId = new Map(alignments.map((al) => [al.id, al]));
  return contradictions.map((c) => {
    const point = pointById.get(c.pointId);
    return {
      key: c.alignmentIds.join("+"),
      point: point ? `${point.draft.name}${point.number !== null ? ` #${point.number}` : ""}: ${point.title}` : c.pointId,
      negotiation: point?.draft.negotiation.title ?? "",
      summary: `recorded both as ${c.relations.map((r) => RELATION_LABELS[r]).join(" and as ")}`,
      alignments: c.alignmentIds.map((id) => ({ id, relation: RELATION_LABELS[byId.get(id)!.relation], note: byId.get(id)!.note })),
    };
  });
}
