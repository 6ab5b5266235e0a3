import "server-only";
import { db } from "@/lib/db";
import { KIND_LIST } from "@/lib/records";
import type { Row } from "@/lib/records/fields";

type Model = { findMany(a: object): Promise<Row[]>; count(a: object): Promise<number> };

/** What needs an editor's attention: records of every reviewed kind waiting for review or still drafts, and recent changes. */
export async function getAdminOverview() {
  const reviewed = KIND_LIST.filter((k) => k.publishable);
  const model = (name: string) => (db as unknown as Record<string, Model>)[name];
  const [waiting, drafts, recent] = await Promise.all([
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
  ]);
  return { waiting: waiting.flat(), drafts: drafts.filter((d) => d.count > 0), recent };
}
