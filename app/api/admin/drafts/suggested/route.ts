import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { saveSuggested } from "@/lib/drafts/intake/save";
import { suggestedSaveSchema } from "@/lib/drafts/intake/schema";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";

/** Saves reviewed suggestions between two stored drafts, unpublished, in one transaction. */
export const POST = handle(async (request) => {
  const viewer = await authorizeUser(request, "edit");
  const result = await saveSuggested(db, suggestedSaveSchema.parse(await readJson(request)), viewer);
  clearCache();
  return Response.json(result, { status: 201 });
});
