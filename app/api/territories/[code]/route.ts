import { handle, notFound } from "@/lib/http/handler";
import { getTerritoryDossier } from "@/lib/territories/queries";
import { territoryCodeSchema } from "@/lib/territories/schema";

export const dynamic = "force-dynamic";

export const GET = handle(async (_request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = territoryCodeSchema.parse(await params);
  return (await getTerritoryDossier(code)) ?? Promise.reject(notFound("Territory"));
});
