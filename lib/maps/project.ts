// Projects a map's features to SVG paths on the server: the browser receives plain vector paths
// (which print and scale) and no map library. The projection is fitted to the regions drawn:
// equal-area (conic, with standard parallels from the regions' bounds), so shaded areas
// compare honestly.
import { geoBounds, geoConicEqualArea, geoContains, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 640;
const PAD = 16;

/** A box in map units: [[left, top], [right, bottom]]. */
export type Box = [[number, number], [number, number]];
/**
 * A drawn region: `code` is the territory code it shades; `name` is the file's (a fallback:
 * readers see the territory's own name). `bounds` and `area` (in map units) tell whether a label
 * fits; `labelAt` is a point inside the shape (its centroid, unless that falls outside it).
 */
export type RegionShape = { code: string; name: string; d: string; centroid: [number, number]; bounds: Box; area: number; labelAt: [number, number] };
/** A country around the regions; `labelAt` is a point inside its visible part, or null. */
export type CountryShape = { iso: string; name: string; neighbour: boolean; d: string; centroid: [number, number]; labelAt: [number, number] | null };
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
  const inside = (f: Feature, p: [number, number]) => {
    const lonLat = projection.invert?.(p);
    return !!lonLat && geoContains(f, lonLat);
  };
  // A label's anchor: the centroid when it lies inside the shape (a ring round a city, a coast
  // wrapped round a neighbour may have it outside), else the point of a grid over the shape's
  // box with the most of its neighbours inside too, nearest the centroid.
  const labelPoint = (f: Feature, c: [number, number], [[x0, y0], [x1, y1]]: Box): [number, number] | null => {
    if (inside(f, c)) return c;
    const n = 16;
    const at = (i: number, j: number): [number, number] => [x0 + ((x1 - x0) * (i + 0.5)) / n, y0 + ((y1 - y0) * (j + 0.5)) / n];
    const grid = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => inside(f, at(i, j))));
    let best: { p: [number, number]; depth: number; distance: number } | null = null;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (!grid[i][j]) continue;
        let depth = 0;
        for (const [di, dj] of [[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]]) if (grid[i + di]?.[j + dj]) depth++;
        const p = at(i, j);
        const distance = Math.hypot(p[0] - c[0], p[1] - c[1]);
        if (!best || depth > best.depth || (depth === best.depth && distance < best.distance)) best = { p, depth, distance };
      }
    return best ? round(best.p) : null;
  };
  const shape = (f: Feature) => {
    const c = toPath.centroid(f) as [number, number];
    const box = toPath.bounds(f) as Box;
    const finite = Number.isFinite(c[0]) && Number.isFinite(box[0][0]);
    const centroid = finite ? round(c) : ([0, 0] as [number, number]);
    return {
      d: toPath(f) ?? "",
      centroid,
      bounds: (finite ? [round(box[0]), round(box[1])] : [[0, 0], [0, 0]]) as Box,
      area: finite ? Math.round(toPath.area(f)) : 0,
      labelAt: (finite ? labelPoint(f, centroid, box) : null) ?? centroid,
    };
  };
  // Context is clipped to the frame, and what lies wholly outside it is not sent (a world file
  // fitted to one region would be mostly offscreen).
  const clipped = geoPath(projection.clipExtent([[-PAD, -PAD], [MAP_WIDTH + PAD, MAP_HEIGHT + PAD]])).digits(1);
  const contextShape = (f: Feature) => {
    const c = clipped.centroid(f) as [number, number];
    const box = clipped.bounds(f) as Box;
    const finite = Number.isFinite(c[0]) && Number.isFinite(box[0][0]);
    return { d: clipped(f) ?? "", centroid: finite ? round(c) : ([0, 0] as [number, number]), labelAt: finite ? labelPoint(f, round(c), box) : null };
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
