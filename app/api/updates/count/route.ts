import { authorizeRead } from "@/lib/auth/viewer";
import { AppError, handle } from "@/lib/http/handler";
import { hiddenNegotiationIds } from "@/lib/negotiations/access";
import { countChanges, listChanges } from "@/lib/updates/changes";
import { lastRead } from "@/lib/updates/read-marks";

export const dynamic = "force-dynamic";

/** How many changes the signed-in reader has not marked read (the header's count). */
export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request);
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to see your updates");
  const groups = await listChanges({ since: await lastRead(viewer.id), hidden: await hiddenNegotiationIds(viewer), readerId: viewer.id });
  return Response.json({ count: countChanges(groups) }, { headers: { "cache-control": "private, no-store" } });
});
