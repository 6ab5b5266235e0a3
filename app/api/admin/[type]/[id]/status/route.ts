import { setStatus } from "@/lib/admin/service";
import { entityTypeParam, statusBody } from "@/lib/admin/requests";
import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";

type Context = { params: Promise<{ type: string; id: string }> };

/** Submit for review, publish or unpublish a record readers see (with its parts, for a draft). */
export const POST = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "publish");
  const type = await entityTypeParam(params);
  const { status, version, withParts } = statusBody.parse(await readJson(request));
  const record = await setStatus(db, type, (await params).id, version, status, viewer, { withParts });
  clearCache();
  return record;
});
