import { handle, parseQuery } from "@/lib/http/handler";
import { getPositionMatrix } from "@/lib/positions/queries";
import { matrixFilterSchema } from "@/lib/positions/schema";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => getPositionMatrix(parseQuery(matrixFilterSchema, request)));
