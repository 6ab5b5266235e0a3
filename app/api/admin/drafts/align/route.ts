import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { alignForReview } from "@/lib/drafts/intake/align";
import { alignRequestSchema } from "@/lib/drafts/intake/schema";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";
import { INTAKE_MAX_JSON_BYTES } from "@/lib/drafts/intake/limits";

/** Proposes an alignment of a new version with an earlier one; writes nothing. */
export const POST = handle(async (request) => {
  await authorizeUser(request, "edit");
  const body = alignRequestSchema.parse(await readJson(request, INTAKE_MAX_JSON_BYTES));
  return alignForReview(db, body);
});
