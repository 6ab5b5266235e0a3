import "server-only";
// Projects the committed TopoJSON (public/geo) to SVG paths once per process, on the server:
// the browser receives plain vector paths (which print and scale) and no map library.
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoConicEqualArea, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Objects, Topology } from "topojson-specification";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 640;

export type RegionShape = { code: string; nameEn: string; nameUk: string; d: string; centroid: [number, number] };
export type CountryShape = { iso: string; name: string; neighbour: boolean; d: string; centroid: [number, number] };
export type MapGeometry = { width: number; height: number; regions: RegionShape[]; countries: CountryShape[] };

let cached: MapGeometry | null = null;

/** Share of the arcs' points kept: Natural Earth 1:10m has far more detail than a 960 px map shows. */
const KEEP = 0.12;

function readTopology(file: string): Topology {
  const topology = presimplify(JSON.parse(readFileSync(path.join(process.cwd(), "public", "geo", file), "utf8")) as Topology<Objects<object>>);
  // Simplifying the shared arcs keeps neighbouring regions' borders identical: no gaps.
  // quantile(t, p) is the weight above which a share p of the points lie: those are kept.
  return simplify(topology, quantile(topology, KEEP));
}

export function getMapGeometry(): MapGeometry {
  if (cached) return cached;
  const admin = readTopology("ukraine-admin1.topo.json");
  const context = readTopology("ukraine-context.topo.json");
  const regions = feature(admin, admin.objects.admin1) as FeatureCollection<Geometry, { iso: string; name_en: string; name_uk: string }>;
  const countries = feature(context, context.objects.countries) as FeatureCollection<Geometry, { iso_a3: string; name: string; neighbour: boolean }>;

  // Equal-area conic centred on Ukraine, so shaded areas compare honestly.
  const projection = geoConicEqualArea().parallels([45, 52]).rotate([-31.5, 0]).fitExtent(
    [
      [16, 16],
      [MAP_WIDTH - 16, MAP_HEIGHT - 16],
    ],
    regions,
  );
  const toPath = geoPath(projection).digits(1);
  const round = (p: [number, number]): [number, number] => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  const shape = (f: Feature) => ({ d: toPath(f) ?? "", centroid: round(toPath.centroid(f) as [number, number]) });

  cached = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    regions: regions.features.map((f) => ({ code: f.properties.iso, nameEn: f.properties.name_en, nameUk: f.properties.name_uk, ...shape(f) })),
    countries: countries.features.map((f) => ({ iso: f.properties.iso_a3, name: f.properties.name, neighbour: f.properties.neighbour, ...shape(f) })),
  };
  return cached;
}
