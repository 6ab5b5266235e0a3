import { comparisonCsv } from "@/lib/drafts/csv";
import { filterRows } from "@/lib/drafts/filter";
import { getComparison } from "@/lib/drafts/queries";
import { compareQuerySchema } from "@/lib/drafts/schema";
import { authorizeRead } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";
import { negotiationFromRequest } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const viewer = await authorizeRead(request, "export");
  const { negotiation, filter } = await negotiationFromRequest(request, viewer, compareQuerySchema);
  const comparison = await getComparison(negotiation.id, filter.a, filter.b);
  const csv = comparisonCsv(negotiation, comparison, filterRows(comparison.rows, filter));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${negotiation.slug}-compare-${filter.a}-${filter.b}.csv"`,
    },
  });
});
