// Turns an uploaded GeoJSON or TopoJSON file into the simplified TopoJSON a negotiation's map
// stores: parse, validate (geojsonhint for GeoJSON, a structural check for TopoJSON), keep the
// polygon features that carry the territory code, build one topology (shared arcs, so borders
// between regions stay identical) and simplify it. No database and no server-only import: the
// API, the seed and the tests share it.
import { hint } from "@mapbox/geojsonhint";
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { AppError } from "@/lib/http/errors";

/** Share of the arcs' points kept: detailed boundary files have far more points than a 960 px map shows. */
export const KEEP = 0.12;
/** Quantization of the stored topology (as the committed files used). */
const QUANTIZATION = 1e5;
export const REGIONS_OBJECT = "regions";
export const CONTEXT_OBJECT = "context";

export type GeoFeatures = FeatureCollection<Geometry, Record<string, unknown>>;

class GeoProblem extends Error {}

const DRAWABLE = new Set(["Polygon", "MultiPolygon"]);

function isTopology(value: unknown): value is { type: "Topology" } {
  return !!value && typeof value === "object" && (value as { type?: unknown }).type === "Topology";
}

/** A TopoJSON file's features (all of its objects), after a structural check. */
function topologyFeatures(value: Record<string, unknown>): Feature<Geometry, GeoJsonProperties>[] {
  const { objects, arcs, transform } = value;
  if (!objects || typeof objects !== "object" || Array.isArray(objects) || !Object.keys(objects).length) throw new GeoProblem("TopoJSON: \"objects\" must be an object with at least one named object");
  if (!Array.isArray(arcs)) throw new GeoProblem("TopoJSON: \"arcs\" must be a list");
  arcs.forEach((arc, i) => {
    if (!Array.isArray(arc) || !arc.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === "number" && Number.isFinite(n)))) throw new GeoProblem(`TopoJSON: arc ${i} is not a list of [x, y] positions`);
  });
  if (transform !== undefined) {
    const t = transform as { scale?: unknown; translate?: unknown };
    const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === "number");
    if (!pair(t.scale) || !pair(t.translate)) throw new GeoProblem("TopoJSON: \"transform\" needs scale and translate, each [x, y]");
  }
  const out: Feature<Geometry, GeoJsonProperties>[] = [];
  for (const [name, object] of Object.entries(objects as Record<string, unknown>)) {
    const o = object as { type?: unknown; geometries?: unknown; arcs?: unknown };
    if (!o || typeof o.type !== "string") throw new GeoProblem(`TopoJSON: object "${name}" has no type`);
    if (o.type === "GeometryCollection" && !Array.isArray(o.geometries)) throw new GeoProblem(`TopoJSON: object "${name}" has no geometries list`);
    const checkArcs = (g: { type?: unknown; arcs?: unknown }, where: string) => {
      const flat = (JSON.stringify(g.arcs ?? []).match(/-?\d+/g) ?? []).map(Number);
      for (const a of flat) if ((a < 0 ? ~a : a) >= arcs.length) throw new GeoProblem(`TopoJSON: ${where} refers to arc ${a}, but the file has ${arcs.length}`);
    };
    const geometries = o.type === "GeometryCollection" ? (o.geometries as { type?: unknown; arcs?: unknown }[]) : [o];
    geometries.forEach((g, i) => checkArcs(g, `object "${name}" geometry ${i}`));
    try {
      const converted = feature(value as unknown as Topology, object as GeometryCollection) as FeatureCollection | Feature;
      out.push(...(converted.type === "FeatureCollection" ? converted.features : [converted]));
    } catch (error) {
      throw new GeoProblem(`TopoJSON: object "${name}" cannot be read (${(error as Error).message})`);
    }
  }
  return out;
}

/** The features of a GeoJSON or TopoJSON text; a GeoProblem names what is wrong (line, feature). */
function readFeatures(text: string): Feature<Geometry, GeoJsonProperties>[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GeoProblem(`Not valid JSON: ${(error as Error).message}`);
  }
  if (isTopology(value)) return topologyFeatures(value as Record<string, unknown>);
  const errors = hint(text, { precisionWarning: false, ignoreRightHandRule: true }).filter((h) => h.level !== "message");
  if (errors.length) {
    const shown = errors.slice(0, 5).map((e) => (e.line !== undefined ? `line ${e.line}: ${e.message}` : e.message));
    throw new GeoProblem(`Not valid GeoJSON: ${shown.join("; ")}${errors.length > 5 ? ` (and ${errors.length - 5} more)` : ""}`);
  }
  const gj = value as { type: string; features?: Feature[]; geometry?: Geometry };
  if (gj.type === "FeatureCollection") return gj.features as Feature<Geometry, GeoJsonProperties>[];
  if (gj.type === "Feature") return [gj as unknown as Feature<Geometry, GeoJsonProperties>];
  throw new GeoProblem(`A bare ${gj.type} geometry has no properties, so no territory code: upload a Feature or FeatureCollection`);
}

/** The properties an editor may pick the code or name from (those with text or number values). */
export function propertyNames(features: Feature<Geometry, GeoJsonProperties>[]): string[] {
  const names = new Set<string>();
  for (const f of features) for (const [k, v] of Object.entries(f.properties ?? {})) if (typeof v === "string" || typeof v === "number") names.add(k);
  return [...names].sort();
}

export type ProcessedMap = {
  /** Simplified TopoJSON text with one object, "regions"; each geometry's properties keep only code and name. */
  topology: string;
  context: string | null;
  featureCount: number;
  codes: string[];
  /** Features left out: without the code property, or not polygons (by position in the file, 1-based). */
  skipped: { feature: number; reason: string }[];
  properties: string[];
};

const codeOf = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

function simplified(objects: Record<string, GeoFeatures>): Topology {
  const topo = presimplify(topology(objects, QUANTIZATION) as unknown as Topology<Objects<object>>);
  // Simplifying the shared arcs keeps neighbouring regions' borders identical: no gaps.
  // quantile(t, p) is the weight above which a share p of the points lie: those are kept.
  const out = simplify(topo, quantile(topo, KEEP)) as Topology;
  // The weights presimplify added as a third coordinate are not needed once simplified.
  out.arcs = out.arcs.map((arc) => arc.map((p) => [p[0], p[1]]));
  return out;
}

/**
 * Validates and simplifies an upload. Throws a 400 AppError whose fields name the input
 * (`file`, `context`, `codeProperty`) and say what is wrong; nothing is stored by this step.
 */
export function processMap(input: { file: string; context?: string; codeProperty: string; nameProperty?: string }): ProcessedMap {
  const fields: Record<string, string[]> = {};
  let features: Feature<Geometry, GeoJsonProperties>[] = [];
  let contextFeatures: Feature<Geometry, GeoJsonProperties>[] | null = null;
  try {
    features = readFeatures(input.file);
  } catch (error) {
    if (!(error instanceof GeoProblem)) throw error;
    fields.file = [error.message];
  }
  if (input.context) {
    try {
      contextFeatures = readFeatures(input.context);
    } catch (error) {
      if (!(error instanceof GeoProblem)) throw error;
      fields.context = [error.message];
    }
  }
  if (!fields.file && !features.length) fields.file = ["The file holds no features"];
  const properties = propertyNames(features);
  const skipped: ProcessedMap["skipped"] = [];
  const kept: Feature<Geometry, Record<string, unknown>>[] = [];
  const seen = new Set<string>();
  if (!fields.file) {
    features.forEach((f, i) => {
      const code = codeOf(f.properties?.[input.codeProperty]);
      if (!code) return skipped.push({ feature: i + 1, reason: `no "${input.codeProperty}" property` });
      if (!f.geometry || !DRAWABLE.has(f.geometry.type)) return skipped.push({ feature: i + 1, reason: `${f.geometry?.type ?? "no"} geometry: only Polygon and MultiPolygon areas are drawn` });
      if (seen.has(code)) return skipped.push({ feature: i + 1, reason: `a second feature with code ${code}` });
      seen.add(code);
      const name = input.nameProperty ? f.properties?.[input.nameProperty] : undefined;
      kept.push({ type: "Feature", id: code, geometry: f.geometry, properties: { code, ...(typeof name === "string" && name ? { name } : {}) } });
    });
    if (!kept.length) {
      fields.codeProperty = [
        properties.includes(input.codeProperty)
          ? `No polygon feature has a "${input.codeProperty}" value`
          : `No feature has a "${input.codeProperty}" property${properties.length ? ` (the features have: ${properties.join(", ")})` : ""}`,
      ];
    }
  }
  if (Object.keys(fields).length) throw new AppError(400, "invalid_request", "The map cannot be used as it is", fields);

  const regions = simplified({ [REGIONS_OBJECT]: { type: "FeatureCollection", features: kept } });
  let context: string | null = null;
  if (contextFeatures) {
    const countries = contextFeatures
      .filter((f) => f.geometry && DRAWABLE.has(f.geometry.type))
      .map((f, i) => ({
        type: "Feature" as const,
        id: codeOf(f.id) || codeOf(f.properties?.iso_a3) || codeOf(f.properties?.iso) || `c${i}`,
        geometry: f.geometry,
        properties: { name: codeOf(f.properties?.name), neighbour: f.properties?.neighbour !== false },
      }));
    context = JSON.stringify(simplified({ [CONTEXT_OBJECT]: { type: "FeatureCollection", features: countries } }));
  }
  return { topology: JSON.stringify(regions), context, featureCount: kept.length, codes: [...seen].sort(), skipped, properties };
}

/** The features of a stored topology's object (regions or context). */
export function storedFeatures(text: string, object: string): GeoFeatures {
  const topo = JSON.parse(text) as Topology;
  return feature(topo, topo.objects[object] as GeometryCollection) as unknown as GeoFeatures;
}
