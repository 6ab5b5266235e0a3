import { authorizeRead } from "@/lib/auth/viewer";
import { handle, notFound } from "@/lib/http/handler";
import { negotiationFromRequest } from "@/lib/negotiations/resolve";
import { getPositionHistory } from "@/lib/positions/queries";
import { historyQuerySchema } from "@/lib/positions/schema";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request);
  const { negotiation, visibility, filter } = await negotiationFromRequest(request, viewer, historyQuerySchema);
  return (await getPositionHistory(negotiation.id, filter.actor, filter.issue, visibility)) ?? Promise.reject(notFound("Actor or issue"));
});
