import { currentVersion } from "@/lib/cache/versioned";
import { authorizeRead } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

/**
 * Polled by open dashboards: a new token means content changed and the view should refresh.
 * Read through the per-second version cache, so many readers polling cost one query a second.
 */
export const GET = handle(async (request) => {
  await authorizeRead(request);
  return Response.json({ version: await currentVersion() }, { headers: { "cache-control": "no-store" } });
});
