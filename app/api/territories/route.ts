import { z } from "zod";
import { authorizeRead } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";
import { negotiationFromRequest } from "@/lib/negotiations/resolve";
import { getMapData } from "@/lib/territories/queries";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request);
  const { negotiation, visibility } = await negotiationFromRequest(request, viewer, z.object({}));
  return getMapData(negotiation.id, visibility);
});
