import { restoreRevision } from "@/lib/admin/service";
import { entityTypeParam, restoreBody } from "@/lib/admin/requests";
import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";

type Context = { params: Promise<{ type: string; id: string }> };

export const POST = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "edit");
  const type = await entityTypeParam(params);
  const { version, revisionId } = restoreBody.parse(await readJson(request));
  const record = await restoreRevision(db, type, (await params).id, version, revisionId, viewer);
  clearCache();
  return record;
});
