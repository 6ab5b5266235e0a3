import { authorizeRead } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";
import { negotiationFromRequest } from "@/lib/negotiations/resolve";
import { getPositionMatrix } from "@/lib/positions/queries";
import { matrixFilterSchema } from "@/lib/positions/schema";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request);
  const { negotiation, visibility, filter } = await negotiationFromRequest(request, viewer, matrixFilterSchema);
  return getPositionMatrix(negotiation.id, filter, visibility);
});
