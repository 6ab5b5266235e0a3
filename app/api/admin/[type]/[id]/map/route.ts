import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle, notFound } from "@/lib/http/handler";
import { MAP_MAX_REQUEST_BYTES } from "@/lib/maps/schema";
import { getMapSummary, previewMap, removeMap, uploadMap } from "@/lib/maps/service";

type Context = { params: Promise<{ type: string; id: string }> };

/** Maps belong to negotiations only: /api/admin/negotiations/<id>/map. */
async function negotiationId(params: Context["params"]): Promise<string> {
  const { type, id } = await params;
  if (type !== "negotiations") throw notFound("This kind of record has no map");
  return decodeURIComponent(id);
}

export const GET = handle(async (request, { params }: Context) => {
  await authorizeUser(request, "edit");
  return getMapSummary(db, await negotiationId(params));
});

/** Uploads (or replaces) the negotiation's map; `?check=1` validates and reports without storing. */
export const POST = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "edit");
  const id = await negotiationId(params);
  const body = await readJson(request, MAP_MAX_REQUEST_BYTES);
  if (new URL(request.url).searchParams.get("check") === "1") return { report: await previewMap(db, id, body) };
  const result = await uploadMap(db, id, body, viewer);
  clearCache();
  return Response.json(result, { status: 201 });
});

export const DELETE = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "edit");
  await removeMap(db, await negotiationId(params), viewer);
  clearCache();
  return new Response(null, { status: 204 });
});
