import { z } from "zod";
import { authorizeRead } from "@/lib/auth/viewer";
import { handle, notFound } from "@/lib/http/handler";
import { negotiationFromRequest } from "@/lib/negotiations/resolve";
import { getTerritoryDossier } from "@/lib/territories/queries";
import { territoryCodeSchema } from "@/lib/territories/schema";

export const dynamic = "force-dynamic";

export const GET = handle(async (request, { params }: { params: Promise<{ code: string }> }) => {
  const viewer = await authorizeRead(request);
  const { code } = territoryCodeSchema.parse(await params);
  const { negotiation, visibility } = await negotiationFromRequest(request, viewer, z.object({}));
  return (await getTerritoryDossier(negotiation.id, code, visibility)) ?? Promise.reject(notFound("Territory"));
});
