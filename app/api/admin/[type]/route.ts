import { createRecord, listRecords } from "@/lib/admin/service";
import { entityTypeParam, listQuery } from "@/lib/admin/requests";
import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { containsText, db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle, parseQuery } from "@/lib/http/handler";

type Context = { params: Promise<{ type: string }> };

export const GET = handle(async (request, { params }: Context) => {
  await authorizeUser(request, "edit");
  return listRecords(db, await entityTypeParam(params), parseQuery(listQuery, request), containsText);
});

export const POST = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "edit");
  const type = await entityTypeParam(params);
  const record = await createRecord(db, type, await readJson(request), viewer);
  clearCache();
  return Response.json(record, { status: 201 });
});
