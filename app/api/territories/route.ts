import { handle } from "@/lib/http/handler";
import { getMapData } from "@/lib/territories/queries";

export const dynamic = "force-dynamic";

export const GET = handle(async () => getMapData());
