// The map of a negotiation without its own geometry: country outlines from the world-atlas
// package (Natural Earth 1:50m), with the countries its territory codes name highlighted
// (ISO 3166-1 alpha-2 or alpha-3, or the country part of an ISO 3166-2 code: "FR-75" → FR),
// the view fitted to them and their neighbours grey.
import countries from "i18n-iso-countries";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, neighbors } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import world50 from "world-atlas/countries-50m.json";
import world110 from "world-atlas/countries-110m.json";
import { projectMap, type MapCredit, type MapGeometry, type RegionFeature } from "./project";

export const WORLD_CREDIT: MapCredit = {
  licence: "Natural Earth: public domain; world-atlas package: ISC licence (© Michael Bostock)",
  attribution: "Country outlines: Natural Earth (public domain), via world-atlas.",
  sourceUrl: "https://github.com/topojson/world-atlas",
};
export const NO_MAP_NOTE = "No map uploaded for this negotiation; showing country outlines.";

type Country = Feature<Geometry, { name: string }> & { id: string };
type World = { list: Country[]; neighbours: number[][] };
const worlds: { detailed?: World; whole?: World } = {};

/** 1:50m for a view fitted to some countries; 1:110m for the whole world (nothing to fit to). */
function worldCountries(detailed: boolean): World {
  const key = detailed ? "detailed" : "whole";
  return (worlds[key] ??= readWorld((detailed ? world50 : world110) as unknown as Topology<Objects<object>>));
}

function readWorld(world: Topology<Objects<object>>): World {
  const topo = presimplify(world);
  const simple = simplify(topo, quantile(topo, 0.25)) as Topology;
  const object = simple.objects.countries as GeometryCollection;
  const list = (feature(simple, object) as unknown as FeatureCollection<Geometry, { name: string }>).features as Country[];
  return { list, neighbours: neighbors(object.geometries as never) };
}

/** The ISO 3166-1 numeric code (world-atlas's id) of the country a territory code names, or null. */
export function countryNumeric(code: string): string | null {
  const head = code.trim().toUpperCase().split("-")[0];
  const numeric = head.length === 2 ? countries.alpha2ToNumeric(head) : head.length === 3 ? countries.alpha3ToNumeric(head) : undefined;
  return numeric ?? null;
}

const list50HasAny = (wanted: Map<string, string>) => worldCountries(true).list.some((c) => wanted.has(c.id));

export function worldMap(territoryCodes: string[]): MapGeometry {
  // One region per country a code names. A country's outline stands for a territory only when
  // that territory is the country itself ("CY"); a country named only by its subdivisions
  // ("FR-75") is highlighted under its own code, so no subdivision's control colours the
  // whole country: the subdivisions are listed under the map until an editor uploads their shapes.
  const byNumeric = new Map<string, string>();
  for (const code of [...territoryCodes].sort((a, b) => Number(a.includes("-")) - Number(b.includes("-")) || a.localeCompare(b))) {
    const n = countryNumeric(code);
    if (n && !byNumeric.has(n)) byNumeric.set(n, code.includes("-") ? (countries.numericToAlpha2(n) ?? code.split("-")[0].toUpperCase()) : code);
  }
  const { list, neighbours } = worldCountries(byNumeric.size > 0 && list50HasAny(byNumeric));
  const highlighted = list.map((c, i) => ({ c, i })).filter(({ c }) => byNumeric.has(c.id));
  const near = new Set(highlighted.flatMap(({ i }) => neighbours[i]));
  const regions: RegionFeature[] = highlighted.map(({ c }) => ({ ...c, properties: { code: byNumeric.get(c.id)!, name: c.properties.name } }));
  const context = list
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !byNumeric.has(c.id))
    .map(({ c, i }) => ({ ...c, properties: { name: c.properties.name, neighbour: near.has(i) } }));
  return projectMap({
    regions,
    countries: context,
    credit: WORLD_CREDIT,
    source: "world",
    note: !regions.length
      ? `${NO_MAP_NOTE} None of its territory codes names a country.`
      : territoryCodes.some((code) => code.includes("-"))
        ? `${NO_MAP_NOTE} Areas within a country are not drawn: see the table.`
        : NO_MAP_NOTE,
  });
}
