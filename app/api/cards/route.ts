import { listCards } from "@/lib/cards/queries";
import { cardFilterSchema } from "@/lib/cards/schema";
import { authorizeRead } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";
import { optionalNegotiationFromRequest } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";

/** One negotiation's cards (`negotiation=<slug>`), or without it the search across every visible negotiation. */
export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request);
  const { negotiation, visibility, hidden, filter } = await optionalNegotiationFromRequest(request, viewer, cardFilterSchema);
  return listCards(negotiation?.id ?? null, filter, visibility, hidden);
});
