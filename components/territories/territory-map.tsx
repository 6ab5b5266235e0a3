"use client";
// The territorial map: one SVG whose regions carry only their shape and data-* attributes (the
// fills are shared rules, lib/territories/palette.ts), named where they have room
// (lib/territories/labels.ts), with a legend of exactly what is drawn, a numbered key for the
// regions too small to name, and a table of every region that also prints.
import { useMemo, useState } from "react";
import { controlSummary } from "@/lib/territories/control";
import { formatDate } from "@/lib/format";
import { useUrlFilter } from "@/lib/hooks/use-url-filter";
import type { Serialized } from "@/lib/json/serialized";
import type { MapGeometry } from "@/lib/territories/geometry";
import { LABEL_STYLE, placeLabels } from "@/lib/territories/labels";
import { layerText, legendFor, regionDescription, shadeTerritories, type LayerId } from "@/lib/territories/layers";
import type { MapData } from "@/lib/territories/queries";
import { DEFAULT_MAP_FILTER, mapFilterSchema } from "@/lib/territories/schema";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { chipClass } from "@/components/ui/toggle-chip";
import { MapPatterns, Swatch } from "./map-palette";
import { ChangeMarkersLegend, useChangeMarkers, useReadWhenOpen } from "@/components/updates/change-markers";
import { forTerritory } from "@/lib/updates/markers";
import { TerritoryPanel } from "./territory-panel";

type Props = { geometry: MapGeometry; data: Serialized<MapData> };

/** Tooltip width (max-w-64) and its gap from the pointer, in CSS pixels. */
const TOOLTIP_WIDTH = 256;
const TOOLTIP_GAP = 12;

export function TerritoryMap({ geometry, data }: Props) {
  const [filter, setFilter] = useUrlFilter(mapFilterSchema, DEFAULT_MAP_FILTER);
  const layer = (data.layers.some((l) => l.id === filter.layer) ? filter.layer : "control") as LayerId;
  const shading = useMemo(() => shadeTerritories(layer, data.territories, data.claims), [layer, data]);
  const byCode = useMemo(() => new Map(data.territories.map((t) => [t.code, t])), [data]);
  // The legend speaks of what is drawn; territories the map has no shape for are listed under it.
  const drawn = new Set(geometry.regions.map((r) => r.code));
  const undrawn = data.territories.filter((t) => !drawn.has(t.code)).sort((a, b) => a.name.localeCompare(b.name));
  const outlines = geometry.regions.filter((r) => !byCode.has(r.code)).length;
  const legend = legendFor(layer, Object.fromEntries(Object.entries(shading).filter(([code]) => drawn.has(code))), { outlines, undrawn: undrawn.length });
  const [hover, setHover] = useState<{ code: string; x: number; y: number; width: number } | null>(null);

  // Readers see a territory's own name; a drawn feature that names no territory, the file's.
  const labels = useMemo(() => {
    const inFrame = (c: [number, number]) => c[0] > 60 && c[0] < geometry.width - 60 && c[1] > 20 && c[1] < geometry.height - 20;
    return placeLabels(
      geometry.regions.map((r) => ({ ...r, name: byCode.get(r.code)?.name ?? r.name })),
      geometry.countries.flatMap((c) => (c.neighbour && c.labelAt && inFrame(c.labelAt) ? [{ key: c.iso, name: c.name, centroid: c.labelAt }] : [])),
    );
  }, [geometry, byCode]);

  const markers = useChangeMarkers("map");
  const markedFor = (code: string) => {
    const t = byCode.get(code);
    return t ? forTerritory(markers.items, t.id) : [];
  };
  useReadWhenOpen(filter.region ? markedFor(filter.region) : [], !!filter.region, markers.markRead);
  const markedRegions = geometry.regions.filter((r) => markedFor(r.code).length);

  const describe = (code: string) => {
    const t = byCode.get(code);
    if (!t) return `${geometry.regions.find((r) => r.code === code)?.name ?? code}: not a territory of this negotiation`;
    const changed = markedFor(code).length ? " (changed since you last read)" : "";
    return `${regionDescription(layer, t, shading[code])}${changed}`;
  };
  const open = (code: string) => setFilter({ region: code });
  const layerLabel = data.layers.find((l) => l.id === layer)?.label ?? "Current control";
  // A change mark sits beside the region's label (not on it), or at its centroid when it has none.
  const markAt = (code: string, centroid: [number, number]): [number, number] => {
    const name = labels.names.find((l) => l.code === code);
    if (name) return [name.box[0][0] - 8, name.box[0][1] + 6];
    const number = labels.numbers.find((l) => l.code === code);
    return number ? [number.box[1][0] + 6, number.box[0][1]] : centroid;
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <div className="min-w-0 space-y-3">
        <fieldset className="no-print">
          <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Layer</legend>
          <div className="mt-1 flex flex-wrap gap-1" role="radiogroup" aria-label="Map layer">
            {data.layers.map((l) => (
              <label key={l.id} className={`cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${chipClass(l.id === layer)}`}>
                <input type="radio" name="map-layer" value={l.id} checked={l.id === layer} onChange={() => setFilter({ layer: l.id })} className="sr-only" />
                {l.label}
              </label>
            ))}
          </div>
        </fieldset>

        <p className="text-sm font-semibold" data-testid="map-layer-shown">
          Layer shown: {layerLabel}
        </p>

        <figure data-map-source={geometry.source} className="relative rounded-lg border border-slate-200 bg-sky-50 dark:border-slate-800 dark:bg-slate-950">
          <svg
            viewBox={`0 0 ${geometry.width} ${geometry.height}`}
            className="territory-map h-auto w-full"
            role="group"
            aria-label={`Map of the territories, layer: ${layerLabel}. Each region is a button; use Tab to move between them and Enter to open one.`}
            data-testid="territory-map"
            data-layer={layer}
          >
            <MapPatterns />
            <g aria-hidden="true" className="map-context">
              {geometry.countries.map((c) => (
                <path key={c.iso} d={c.d} data-far={c.neighbour ? undefined : ""} />
              ))}
            </g>
            <g className="map-regions">
              {geometry.regions.map((r) => {
                // A drawn area that is no territory of this negotiation (a country standing in for its
                // subdivisions, a feature the file has beyond them): shown, not shaded, nothing to open.
                if (!byCode.has(r.code))
                  return (
                    <path key={r.code} d={r.d} data-iso={r.code} data-territory="none">
                      <title>{describe(r.code)}</title>
                    </path>
                  );
                const shade = shading[r.code];
                return (
                  <path
                    key={r.code}
                    d={r.d}
                    data-iso={r.code}
                    data-shade={shade?.shade.key}
                    data-several={shade?.several ? "" : undefined}
                    role="button"
                    tabIndex={0}
                    aria-label={describe(r.code)}
                    aria-pressed={filter.region === r.code}
                    onClick={() => open(r.code)}
                    onKeyDown={(e) => {
                      if (e.key === "Enter" || e.key === " ") {
                        e.preventDefault();
                        open(r.code);
                      }
                    }}
                    onMouseMove={(e) => {
                      const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                      setHover({ code: r.code, x: e.clientX - box.left, y: e.clientY - box.top, width: box.width });
                    }}
                    onMouseLeave={() => setHover(null)}
                    onFocus={(e) => {
                      // Keyboard readers get the same text, beside the region's centroid.
                      const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                      const scale = box.width / geometry.width;
                      setHover({ code: r.code, x: r.centroid[0] * scale, y: r.centroid[1] * scale, width: box.width });
                    }}
                    onBlur={() => setHover(null)}
                  />
                );
              })}
            </g>
            {/* Names where they fit; on a phone they would be too small to read, and the table says it all. */}
            <g aria-hidden="true" className="map-labels max-sm:hidden" data-testid="map-labels">
              {labels.context.map((l) => (
                <text key={l.key} x={l.x} y={l.y} dy="0.35em" textAnchor="middle" className="map-context-label">
                  {l.name}
                </text>
              ))}
              {labels.names.map((l) => (
                <text key={l.code} x={l.x} y={l.y - ((l.lines.length - 1) * l.lineHeight) / 2} dy="0.35em" fontSize={l.fontSize} textAnchor="middle" className="map-label" data-label={l.code}>
                  {l.lines.map((line, i) => (
                    <tspan key={i} x={l.x} dy={i ? l.lineHeight : undefined}>
                      {line}
                    </tspan>
                  ))}
                </text>
              ))}
              {labels.numbers.map((l) => (
                <g key={l.code} className="map-number" data-label={l.code}>
                  <circle cx={l.x} cy={l.y} r={LABEL_STYLE.numberRadius} />
                  <text x={l.x} y={l.y} dy="0.35em" textAnchor="middle">
                    {l.number}
                  </text>
                </g>
              ))}
            </g>
            <g aria-hidden="true" data-testid="map-change-marks">
              {markedRegions.map((r) => {
                const items = markedFor(r.code);
                const [x, y] = markAt(r.code, r.centroid);
                return (
                  <g key={r.code} data-testid="change-mark" data-marks={r.code} className="pointer-events-none">
                    <circle cx={x} cy={y} r={7} className="change-mark-dot" />
                    <text x={x} y={y + 3.5} textAnchor="middle" className="change-mark-glyph">
                      {items.every((i) => i.change === "new") ? "+" : "•"}
                    </text>
                  </g>
                );
              })}
            </g>
          </svg>
          {hover && (
            <div
              role="tooltip"
              data-testid="map-tooltip"
              className="no-print pointer-events-none absolute z-10 max-w-64 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-slate-100 dark:text-slate-900"
              style={{ left: Math.max(0, Math.min(hover.x + TOOLTIP_GAP, hover.width - TOOLTIP_WIDTH)), top: hover.y + TOOLTIP_GAP }}
            >
              {describe(hover.code)}
            </div>
          )}
          <figcaption className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 bg-white px-3 py-2 text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-300">
            <span>
              {layer === "control" && data.controlAsOf ? `Control as of ${formatDate(data.controlAsOf)} (see each region for its sources). ` : ""}
              {geometry.note ? `${geometry.note} ` : ""}
              <span data-testid="map-attribution">
                {geometry.credit.sourceUrl ? (
                  <a href={geometry.credit.sourceUrl} className="underline underline-offset-2" rel="noreferrer">
                    {geometry.credit.attribution}
                  </a>
                ) : (
                  geometry.credit.attribution
                )}{" "}
                ({geometry.credit.licence})
              </span>
            </span>
          </figcaption>
        </figure>

        <ChangeMarkersLegend markers={markers} count={data.territories.filter((t) => forTerritory(markers.items, t.id).length).length} />
        <div>
          <h2 id="map-legend-title" className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Legend
          </h2>
          <ul aria-labelledby="map-legend-title" className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs" data-testid="map-legend">
            {legend.map((s) => (
              <li key={`${s.key} ${s.label}`} className="flex items-center gap-1.5" data-key={s.key} data-kind={s.kind}>
                <Swatch shadeKey={s.key} kind={s.kind} />
                {s.label}
              </li>
            ))}
          </ul>
        </div>

        {labels.numbers.length > 0 && (
          <div className="text-xs max-sm:hidden" data-testid="map-number-key">
            <h2 className="font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Numbered on the map</h2>
            <ol className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {labels.numbers.map((l) => (
                <li key={l.code}>
                  <span className="font-semibold">{l.number}</span> {l.name}
                </li>
              ))}
            </ol>
          </div>
        )}

        {undrawn.length > 0 && (
          <div className="text-sm" data-testid="map-undrawn">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Not drawn on this map ({undrawn.length})</h2>
            <ul className="mt-1 space-y-0.5">
              {undrawn.map((t) => (
                <li key={t.code}>
                  <button type="button" className="underline underline-offset-2" onClick={() => open(t.code)}>
                    {t.name}
                  </button>
                  : {layer === "control" ? controlSummary(t) : layerText(shading[t.code])}
                </li>
              ))}
            </ul>
          </div>
        )}

        {/* Prints open (globals.css): on paper it is the key to every region. */}
        <details className="rounded border border-slate-200 p-2 text-sm dark:border-slate-800">
          <summary className="cursor-pointer font-medium">Table view of this layer</summary>
          <table className="mt-2 w-full text-left text-sm" data-testid="map-table">
            <caption className="sr-only">{layerLabel}, by region</caption>
            <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-1 pr-2">Region</th>
                <th scope="col" className="py-1 pr-2">Control</th>
                {layer !== "control" && <th scope="col" className="py-1">{layerLabel}</th>}
              </tr>
            </thead>
            <tbody>
              {[...data.territories]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((t) => {
                  const own = shading[t.code];
                  return (
                    <tr key={t.code} className="border-t border-slate-200 align-top dark:border-slate-800" data-code={t.code}>
                      <th scope="row" className="py-1 pr-2 font-normal">
                        <button type="button" className="text-left underline underline-offset-2" onClick={() => open(t.code)}>
                          {t.name}
                        </button>
                      </th>
                      <td className="py-1 pr-2">{controlSummary(t)}</td>
                      {layer !== "control" && (
                        <td className="py-1">
                          {own?.claims.length ? (
                            <>
                              {own.several && <p className="font-semibold">Several claims ({own.claims.length}):</p>}
                              <ul className="space-y-1">
                                {own.claims.map((c, i) => (
                                  <li key={i} data-testid="map-table-claim">
                                    <span className="font-medium">{TERRITORY_CLAIM_LABELS[c.claim]}</span>
                                    {c.actor ? ` (${c.actor})` : ""}: {c.summary}
                                  </li>
                                ))}
                              </ul>
                            </>
                          ) : (
                            "Nothing specified"
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </details>
      </div>

      <aside aria-label="Selected region" className="xl:sticky xl:top-4 xl:self-start">
        {filter.region ? (
          <TerritoryPanel
            code={filter.region}
            onClose={() => setFilter({ region: undefined })}
            inLayer={layer === "control" ? undefined : { label: layerLabel, claims: shading[filter.region]?.claims ?? [] }}
          />
        ) : (
          <p className="no-print rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
            Select a region (click, or Tab to it and press Enter) to see every claim on it by actor and draft, the cards about it and the sources.
          </p>
        )}
      </aside>
    </div>
  );
}
