// The audit log: every saved revision, newest first, filterable by who, what and when.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { dateParam, pageParam, pageSizeParam } from "@/lib/http/query-params";
import { RECORD_TYPES } from "@/lib/records";

export const auditFilterSchema = z.object({
  user: z.string().trim().max(320).optional(),
  entity: z.enum(["dataset", "users", "maps", ...RECORD_TYPES]).optional(),
  from: dateParam.optional(),
  to: dateParam.optional(),
  page: pageParam,
  pageSize: pageSizeParam(200, 50),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export async function listAudit(db: Db, filter: AuditFilter) {
  const where = {
    ...(filter.user ? { user: { email: filter.user } } : {}),
    ...(filter.entity ? { entityType: filter.entity } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}), ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [items, total] = await Promise.all([
    db.revision.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      select: { id: true, entityType: true, entityId: true, version: true, action: true, title: true, createdAt: true, user: { select: { email: true, name: true } } },
    }),
    db.revision.count({ where }),
  ]);
  return { items, total };
}
