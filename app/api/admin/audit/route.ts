import { auditFilterSchema, listAudit } from "@/lib/admin/audit";
import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { handle, parseQuery } from "@/lib/http/handler";

export const GET = handle(async (request) => {
  await authorizeUser(request, "audit");
  return listAudit(db, parseQuery(auditFilterSchema, request));
});
