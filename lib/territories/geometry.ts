import "server-only";
// A negotiation's map, projected to SVG paths on the server (lib/maps/project.ts): its own
// uploaded geometry, or else a world map with the countries its territories name. Cached per
// negotiation and content version (an upload moves the version, so it shows at once), and the
// projection itself per map version, so other edits do not re-project the map.
import { cached } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { worldMap } from "@/lib/maps/fallback";
import { CONTEXT_OBJECT, REGIONS_OBJECT, storedFeatures } from "@/lib/maps/process";
import { projectMap, type ContextFeature, type MapGeometry, type RegionFeature } from "@/lib/maps/project";

export { MAP_HEIGHT, MAP_WIDTH, type Box, type CountryShape, type MapGeometry, type RegionShape } from "@/lib/maps/project";

const projected = new Map<string, MapGeometry>();
const MAX_PROJECTED = 50;

function remember(key: string, make: () => MapGeometry): MapGeometry {
  const hit = projected.get(key);
  if (hit) return hit;
  const value = make();
  projected.set(key, value);
  if (projected.size > MAX_PROJECTED) projected.delete(projected.keys().next().value!);
  return value;
}

async function load(negotiationId: string): Promise<MapGeometry> {
  const meta = await db.negotiationMap.findUnique({ where: { negotiationId }, select: { id: true, version: true } });
  if (!meta) {
    const codes = (await db.territory.findMany({ where: { negotiationId }, select: { code: true }, orderBy: { code: "asc" } })).map((t) => t.code);
    return remember(`world:${codes.join(",")}`, () => worldMap(codes));
  }
  const key = `map:${meta.id}:${meta.version}`;
  if (projected.has(key)) return projected.get(key)!;
  const row = await db.negotiationMap.findUnique({ where: { negotiationId }, select: { topology: true, context: true, licence: true, attribution: true, sourceUrl: true, version: true } });
  if (!row) return load(negotiationId); // removed meanwhile
  return remember(`map:${meta.id}:${row.version}`, () =>
    projectMap({
      regions: storedFeatures(row.topology, REGIONS_OBJECT).features as RegionFeature[],
      countries: row.context ? (storedFeatures(row.context, CONTEXT_OBJECT).features as (ContextFeature & { id?: string })[]) : [],
      credit: { licence: row.licence, attribution: row.attribution, sourceUrl: row.sourceUrl },
      source: "uploaded",
    }),
  );
}

/** The map of one negotiation (its own geometry, or the world fallback). */
export function getMapGeometry(negotiationId: string): Promise<MapGeometry> {
  return process.env.PARLEY_QUERY_CACHE === "off" ? load(negotiationId) : cached(`map-geometry:${negotiationId}`, () => load(negotiationId));
}
