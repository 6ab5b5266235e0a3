import { z } from "zod";
import { authorizeRead } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";
import { negotiationFromRequest } from "@/lib/negotiations/resolve";
import { positionsCsv } from "@/lib/positions/csv";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request, "export");
  const { negotiation } = await negotiationFromRequest(request, viewer, z.strictObject({}));
  return new Response(await positionsCsv(negotiation), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${negotiation.slug}-positions-${new Date().toISOString().slice(0, 10)}.csv"` },
  });
});
