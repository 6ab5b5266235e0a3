import { handle, notFound, parseQuery } from "@/lib/http/handler";
import { getPositionHistory } from "@/lib/positions/queries";
import { historyQuerySchema } from "@/lib/positions/schema";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const { actor, issue } = parseQuery(historyQuerySchema, request);
  return (await getPositionHistory(actor, issue)) ?? Promise.reject(notFound("Actor or issue"));
});
