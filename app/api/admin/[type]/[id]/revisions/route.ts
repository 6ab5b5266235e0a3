import { listRevisions } from "@/lib/admin/service";
import { entityTypeParam } from "@/lib/admin/requests";
import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { handle } from "@/lib/http/handler";

type Context = { params: Promise<{ type: string; id: string }> };

export const GET = handle(async (request, { params }: Context) => {
  await authorizeUser(request, "audit");
  return listRevisions(db, await entityTypeParam(params), (await params).id);
});
