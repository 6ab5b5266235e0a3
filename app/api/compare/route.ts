import { getComparison } from "@/lib/drafts/queries";
import { compareQuerySchema } from "@/lib/drafts/schema";
import { authorizeRead } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";
import { negotiationFromRequest } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";

/** The whole comparison (filters are applied by the reader's view; counts cover every row). */
export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request);
  const { negotiation, visibility, filter } = await negotiationFromRequest(request, viewer, compareQuerySchema);
  return getComparison(negotiation.id, filter.a, filter.b, visibility);
});
