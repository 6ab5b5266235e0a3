import { setRevisionMinor } from "@/lib/admin/service";
import { entityTypeParam, minorBody } from "@/lib/admin/requests";
import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";

type Context = { params: Promise<{ type: string; id: string; revisionId: string }> };

/** Marks a saved change minor (left out of readers' updates and digests), or not. */
export const PATCH = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "edit");
  const type = await entityTypeParam(params);
  const { minor } = minorBody.parse(await readJson(request));
  const { id, revisionId } = await params;
  return setRevisionMinor(db, type, id, revisionId, minor, viewer);
});
