import { authorizeRead } from "@/lib/auth/viewer";
import { AppError, handle, parseQuery } from "@/lib/http/handler";
import { hiddenNegotiationIds } from "@/lib/negotiations/access";
import { findNegotiation } from "@/lib/negotiations/queries";
import { listChanges } from "@/lib/updates/changes";
import { lastRead, readMarksOf, recordReads, recordScope } from "@/lib/updates/read-marks";
import { markersQuerySchema, sinceDate } from "@/lib/updates/schema";

export const dynamic = "force-dynamic";

/**
 * What changed in one negotiation since the signed-in reader last read (or since ?since=), and
 * they have not opened since: the markers on the matrix, the map and the comparison.
 */
export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request);
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to see what changed");
  const query = parseQuery(markersQuerySchema, request);
  const hidden = await hiddenNegotiationIds(viewer);
  const negotiation = await findNegotiation(query.negotiation, "published", hidden);
  if (!negotiation) throw new AppError(404, "not_found", `There is no negotiation "${query.negotiation}"`, { negotiation: ["No such negotiation"] });
  const since = query.since ? sinceDate(query.since) : await lastRead(viewer.id);
  const groups = await listChanges({ since, hidden, negotiationId: negotiation.id, readerId: query.since ? null : viewer.id, fold: false });
  const items = groups.flatMap((g) => g.items.map((i) => ({ type: i.type, id: i.id, change: i.change, at: i.at, title: i.title, subjects: i.subjects })));
  // The reader's previous visit to this view, and this visit as the next one's (written in the batch).
  let lastViewed: Date | null = null;
  if (query.view) {
    const scope = recordScope("view", `${query.view} ${negotiation.slug}`);
    lastViewed = (await readMarksOf(viewer.id, [scope])).get(scope) ?? null;
    recordReads(viewer.id, [scope]);
  }
  return Response.json({ since, lastViewed, items }, { headers: { "cache-control": "private, no-store" } });
});
