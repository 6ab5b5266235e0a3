import { deleteRecord, getRecord, updateRecord } from "@/lib/admin/service";
import { entityTypeParam, saveBody, versionParam } from "@/lib/admin/requests";
import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle, parseQuery } from "@/lib/http/handler";

type Context = { params: Promise<{ type: string; id: string }> };

export const GET = handle(async (request, { params }: Context) => {
  await authorizeUser(request, "edit");
  return getRecord(db, await entityTypeParam(params), (await params).id);
});

export const PUT = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "edit");
  const type = await entityTypeParam(params);
  const { version, data, minor } = saveBody.parse(await readJson(request));
  const record = await updateRecord(db, type, (await params).id, version, data, viewer, "update", minor);
  clearCache();
  return record;
});

export const DELETE = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "edit");
  const type = await entityTypeParam(params);
  const { version } = parseQuery(versionParam, request);
  await deleteRecord(db, type, (await params).id, version, viewer);
  clearCache();
  return new Response(null, { status: 204 });
});
