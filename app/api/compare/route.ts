import { getComparison } from "@/lib/drafts/queries";
import { compareQuerySchema } from "@/lib/drafts/schema";
import { handle, parseQuery } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

/** The whole comparison (filters are applied by the reader's view; counts cover every row). */
export const GET = handle(async (request) => {
  const { a, b } = parseQuery(compareQuerySchema, request);
  return getComparison(a, b);
});
