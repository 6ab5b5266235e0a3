import { authorize } from "@/lib/auth/viewer";
import { readJson } from "@/lib/http/body";
import { AppError, handle } from "@/lib/http/handler";
import { recordReads, recordScope } from "@/lib/updates/read-marks";
import { readMarksSchema } from "@/lib/updates/schema";

export const dynamic = "force-dynamic";

/** The records the signed-in reader just opened (sent in batches by the browser); written in batches too. */
export const POST = handle(async (request) => {
  const viewer = await authorize(request, "read");
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to keep read marks");
  const { records } = readMarksSchema.parse(await readJson(request));
  recordReads(viewer.id, records.map((r) => recordScope(r.type, r.id)));
  return new Response(null, { status: 204 });
});
