import { comparisonCsv } from "@/lib/drafts/csv";
import { filterRows } from "@/lib/drafts/filter";
import { getComparison } from "@/lib/drafts/queries";
import { compareQuerySchema } from "@/lib/drafts/schema";
import { handle, parseQuery } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const filter = parseQuery(compareQuerySchema, request);
  const comparison = await getComparison(filter.a, filter.b);
  const csv = comparisonCsv(comparison, filterRows(comparison.rows, filter));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="compare-${filter.a}-${filter.b}.csv"`,
    },
  });
});
