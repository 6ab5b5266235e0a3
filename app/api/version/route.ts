import { getContentVersion } from "@/lib/freshness/queries";
import { handle } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

/** Polled by open dashboards: a new token means content changed and the view should refresh. */
export const GET = handle(async () => Response.json({ version: await getContentVersion() }, { headers: { "cache-control": "no-store" } }));
