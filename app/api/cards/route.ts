import { listCards } from "@/lib/cards/queries";
import { cardFilterSchema } from "@/lib/cards/schema";
import { handle, parseQuery } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => listCards(parseQuery(cardFilterSchema, request)));
