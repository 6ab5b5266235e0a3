// Projects a map's features to SVG paths on the server: the browser receives plain vector paths
// (which print and scale) and no map library. The projection is fitted to the regions drawn:
// equal-area (conic, with standard parallels from the regions' bounds), so shaded areas
// compare honestly.
import { geoBounds, geoConicEqualArea, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 640;
const PAD = 16;

/** A drawn region: `code` is the territory code it shades; `name` is the file's (a fallback: readers see the territory's own name). */
export type RegionShape = { code: string; name: string; d: string; centroid: [number, number] };
export type CountryShape = { iso: string; name: string; neighbour: boolean; d: string; centroid: [number, number] };
export type MapCredit = { licence: string; attribution: string; sourceUrl: string | null };
export type MapGeometry = {
  width: number;
  height: number;
  regions: RegionShape[];
  countries: CountryShape[];
  /** Shown under the map. */
  credit: MapCredit;
  /** Whether this is the negotiation's own map or the world fallback. */
  source: "uploaded" | "world";
  /** A note for readers (e.g. that no map was uploaded). */
  note: string | null;
};

export type RegionFeature = Feature<Geometry, { code: string; name?: string }>;
export type ContextFeature = Feature<Geometry, { name?: string; neighbour?: boolean }>;

/** Equal-area conic fitted to the features; standard parallels at 1/6 and 5/6 of their latitude span. */
export function fittedProjection(fit: FeatureCollection): GeoProjection {
  const [[west, south], [east, north]] = geoBounds(fit);
  const span = north - south;
  // Bounds crossing the antimeridian (east < west) or a near-global extent: a world projection.
  if (!(span > 0) || east < west || east - west > 180 || span > 120) return geoEqualEarth().fitExtent([[PAD, PAD], [MAP_WIDTH - PAD, MAP_HEIGHT - PAD]], fit);
  const centre = (west + east) / 2;
  return geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-centre, 0])
    .fitExtent([[PAD, PAD], [MAP_WIDTH - PAD, MAP_HEIGHT - PAD]], fit);
}

export function projectMap(input: {
  regions: RegionFeature[];
  countries: (ContextFeature & { id?: string | number })[];
  credit: MapCredit;
  source: MapGeometry["source"];
  note?: string | null;
  /** What the projection is fitted to (default: the regions; the whole sphere when empty). */
  fit?: FeatureCollection;
}): MapGeometry {
  const fit: FeatureCollection = input.fit ?? { type: "FeatureCollection", features: input.regions };
  const projection = fit.features.length ? fittedProjection(fit) : geoEqualEarth().fitExtent([[PAD, PAD], [MAP_WIDTH - PAD, MAP_HEIGHT - PAD]], { type: "Sphere" });
  const toPath = geoPath(projection).digits(1);
  const round = (p: [number, number]): [number, number] => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  const shape = (f: Feature) => {
    const c = toPath.centroid(f) as [number, number];
    return { d: toPath(f) ?? "", centroid: Number.isFinite(c[0]) ? round(c) : ([0, 0] as [number, number]) };
  };
  // Context is clipped to the frame, and what lies wholly outside it is not sent (a world file
  // fitted to one region would be mostly offscreen).
  const clipped = geoPath(projection.clipExtent([[-PAD, -PAD], [MAP_WIDTH + PAD, MAP_HEIGHT + PAD]])).digits(1);
  const contextShape = (f: Feature) => {
    const c = clipped.centroid(f) as [number, number];
    return { d: clipped(f) ?? "", centroid: Number.isFinite(c[0]) ? round(c) : ([0, 0] as [number, number]) };
  };
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    regions: input.regions.map((f) => ({ code: f.properties.code, name: f.properties.name ?? f.properties.code, ...shape(f) })),
    countries: input.countries
      .map((f, i) => ({ iso: String(f.id ?? `c${i}`), name: f.properties?.name ?? "", neighbour: f.properties?.neighbour !== false, ...contextShape(f) }))
      .filter((c) => c.d),
    credit: input.credit,
    source: input.source,
    note: input.note ?? null,
  };
}
