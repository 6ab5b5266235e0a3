import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { INTAKE_MAX_JSON_BYTES } from "@/lib/drafts/intake/limits";
import { saveIntake } from "@/lib/drafts/intake/save";
import { intakeSaveSchema } from "@/lib/drafts/intake/schema";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";

/** Saves a reviewed new draft with its points and alignments, in one transaction, unpublished. */
export const POST = handle(async (request) => {
  const viewer = await authorizeUser(request, "edit");
  const result = await saveIntake(db, intakeSaveSchema.parse(await readJson(request, INTAKE_MAX_JSON_BYTES)), viewer);
  clearCache();
  return Response.json(result, { status: 201 });
});
