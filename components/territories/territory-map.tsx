"use client";
import { useMemo, useState } from "react";
import { controlSummary } from "@/lib/territories/control";
import { formatDate } from "@/lib/format";
import { useUrlFilter } from "@/lib/hooks/use-url-filter";
import type { Serialized } from "@/lib/json/serialized";
import type { MapGeometry } from "@/lib/territories/geometry";
import { legendFor, shadeTerritories, type LayerId } from "@/lib/territories/layers";
import type { MapData } from "@/lib/territories/queries";
import { DEFAULT_MAP_FILTER, mapFilterSchema } from "@/lib/territories/schema";
import { chipClass } from "@/components/ui/toggle-chip";
import { FillPatterns, fillFor, Swatch } from "./map-palette";
import { ChangeMarkersLegend, useChangeMarkers, useReadWhenOpen } from "@/components/updates/change-markers";
import { forTerritory } from "@/lib/updates/markers";
import { TerritoryPanel } from "./territory-panel";

type Props = { geometry: MapGeometry; data: Serialized<MapData> };

export function TerritoryMap({ geometry, data }: Props) {
  const [filter, setFilter] = useUrlFilter(mapFilterSchema, DEFAULT_MAP_FILTER);
  const layer = (data.layers.some((l) => l.id === filter.layer) ? filter.layer : "control") as LayerId;
  const shading = useMemo(() => shadeTerritories(layer, data.territories, data.claims), [layer, data]);
  // The legend speaks of what is drawn; territories the map has no shape for are listed under it.
  const drawn = new Set(geometry.regions.map((r) => r.code));
  const legend = legendFor(layer, Object.fromEntries(Object.entries(shading).filter(([code]) => drawn.has(code))));
  const undrawn = data.territories.filter((t) => !drawn.has(t.code)).sort((a, b) => a.name.localeCompare(b.name));
  const byCode = new Map(data.territories.map((t) => [t.code, t]));
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);

  const fileNames = new Map(geometry.regions.map((r) => [r.code, r.name]));
  const describe = (code: string) => {
    const t = byCode.get(code);
    // A drawn feature that names no territory of this negotiation: the map file's own name.
    if (!t) return fileNames.get(code) ?? code;
    const share = controlSummary(t);
    const layerPart = layer === "control" ? share : `${shading[code]?.shade.label}; ${share}`;
    const changed = forTerritory(markers.items, t.id).length ? " (changed since you last read)" : "";
    return `${t.name}: ${layerPart}${changed}`;
  };
  const open = (code: string) => setFilter({ region: code });
  const layerLabel = data.layers.find((l) => l.id === layer)?.label ?? "Current control";
  const markers = useChangeMarkers("map");
  const markedFor = (code: string) => {
    const t = byCode.get(code);
    return t ? forTerritory(markers.items, t.id) : [];
  };
  useReadWhenOpen(filter.region ? markedFor(filter.region) : [], !!filter.region, markers.markRead);
  const markedRegions = geometry.regions.filter((r) => markedFor(r.code).length);

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <div className="space-y-3">
        <fieldset className="no-print">
          <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Layer</legend>
          <div className="mt-1 flex flex-wrap gap-1" role="radiogroup" aria-label="Map layer">
            {data.layers.map((l) => (
              <label
                key={l.id}
                className={`cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${chipClass(l.id === layer)}`}
              >
                <input type="radio" name="map-layer" value={l.id} checked={l.id === layer} onChange={() => setFilter({ layer: l.id })} className="sr-only" />
                {l.label}
              </label>
            ))}
          </div>
        </fieldset>

        <figure data-map-source={geometry.source} className="relative rounded-lg border border-slate-200 bg-sky-50 dark:border-slate-800 dark:bg-slate-900">
          <svg
            viewBox={`0 0 ${geometry.width} ${geometry.height}`}
            className="h-auto w-full"
            role="group"
            aria-label={`Map of the territories, layer: ${layerLabel}. Each region is a button; use Tab to move between them and Enter to open one.`}
            data-testid="territory-map"
            data-layer={layer}
          >
            <FillPatterns />
            <g aria-hidden="true">
              {geometry.countries.map((c) => (
                <path key={c.iso} d={c.d} fill={c.neighbour ? "#e2e8f0" : "#eef2f6"} stroke="#94a3b8" strokeWidth={0.6} />
              ))}
              {geometry.countries
                .filter((c) => c.neighbour && c.centroid[0] > 60 && c.centroid[0] < geometry.width - 60 && c.centroid[1] > 20 && c.centroid[1] < geometry.height - 20)
                .map((c) => (
                  <text key={c.iso} x={c.centroid[0]} y={c.centroid[1]} textAnchor="middle" className="fill-slate-500 text-[13px] italic">
                    {c.name}
                  </text>
                ))}
            </g>
            <g>
              {geometry.regions.map((r) => {
                const selected = filter.region === r.code;
                // A drawn area that is no territory of this negotiation (a country standing in for its
                // subdivisions, a feature the file has beyond them): shown, not shaded, nothing to open.
                if (!byCode.has(r.code))
                  return (
                    <path key={r.code} d={r.d} data-iso={r.code} data-territory="none" fill="#f8fafc" stroke="#64748b" strokeWidth={0.8} strokeDasharray="3 2">
                      <title>{`${r.name}: not a territory of this negotiation`}</title>
                    </path>
                  );
                return (
                  <path
                    key={r.code}
                    d={r.d}
                    data-iso={r.code}
                    data-shade={shading[r.code]?.shade.key}
                    role="button"
                    tabIndex={0}
                    aria-label={describe(r.code)}
                    aria-pressed={selected}
                    fill={fillFor(shading[r.code]?.shade.key ?? "none")}
                    stroke={selected ? "#1e1b4b" : "#475569"}
                    strokeWidth={selected ? 2.5 : 0.8}
                    className="cursor-pointer outline-none transition-[stroke-width] hover:stroke-[2] focus-visible:stroke-indigo-600 focus-visible:stroke-[3]"
                    onClick={() => open(r.code)}
                    onKeyDown={(e) => {
                      if (e.key === "Enter" || e.key === " ") {
                        e.preventDefault();
                        open(r.code);
                      }
                    }}
                    onMouseMove={(e) => {
                      const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                      setHover({ code: r.code, x: e.clientX - box.left, y: e.clientY - box.top });
                    }}
                    onMouseLeave={() => setHover(null)}
                    onFocus={() => setHover(null)}
                  >
                    <title>{describe(r.code)}</title>
                  </path>
                );
              })}
            </g>
            <g aria-hidden="true" data-testid="map-change-marks">
              {markedRegions.map((r) => {
                const items = markedFor(r.code);
                return (
                  <g key={r.code} data-testid="change-mark" data-marks={r.code} className="pointer-events-none">
                    <circle cx={r.centroid[0]} cy={r.centroid[1]} r={7} className="change-mark-dot" />
                    <text x={r.centroid[0]} y={r.centroid[1] + 3.5} textAnchor="middle" className="change-mark-glyph">
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
              className="pointer-events-none absolute z-10 max-w-64 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
              style={{ left: Math.min(hover.x + 12, 600), top: hover.y + 12 }}
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
        <ul aria-label={`Legend: ${layerLabel}`} className="flex flex-wrap gap-x-4 gap-y-1 text-xs" data-testid="map-legend">
          {legend.map((s) => (
            <li key={`${s.key} ${s.label}`} className="flex items-center gap-1.5">
              <Swatch shadeKey={s.key} />
              {s.label}
            </li>
          ))}
        </ul>

        {undrawn.length > 0 && (
          <div className="text-sm" data-testid="map-undrawn">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Not drawn on this map ({undrawn.length})</h2>
            <ul className="mt-1 space-y-0.5">
              {undrawn.map((t) => (
                <li key={t.code}>
                  <button type="button" className="underline underline-offset-2" onClick={() => open(t.code)}>
                    {t.name}
                  </button>
                  : {layer === "control" ? controlSummary(t) : shading[t.code]?.claims.length ? shading[t.code].shade.label : "Nothing specified"}
                </li>
              ))}
            </ul>
          </div>
        )}

        <details className="no-print rounded border border-slate-200 p-2 text-sm dark:border-slate-800">
          <summary className="cursor-pointer font-medium">Table view of this layer</summary>
          <table className="mt-2 w-full text-left text-sm" data-testid="map-table">
            <caption className="sr-only">{layerLabel}, by region</caption>
            <thead className="text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-2">Region</th>
                <th scope="col" className="py-1 pr-2">Control</th>
                {layer !== "control" && <th scope="col" className="py-1">{layerLabel}</th>}
              </tr>
            </thead>
            <tbody>
              {[...data.territories]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((t) => (
                  <tr key={t.code} className="border-t border-slate-200 align-top dark:border-slate-800">
                    <th scope="row" className="py-1 pr-2 font-normal">
                      <button type="button" className="underline underline-offset-2" onClick={() => open(t.code)}>
                        {t.name}
                      </button>
                    </th>
                    <td className="py-1 pr-2">{controlSummary(t)}</td>
                    {layer !== "control" && (
                      <td className="py-1">{shading[t.code]?.claims.length ? shading[t.code].claims.map((c) => c.summary).join(" ") : "Nothing specified"}</td>
                    )}
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      </div>

      <aside aria-label="Selected region" className="xl:sticky xl:top-4 xl:self-start">
        {filter.region ? (
          <TerritoryPanel code={filter.region} onClose={() => setFilter({ region: undefined })} />
        ) : (
          <p className="no-print rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
            Select a region (click, or Tab to it and press Enter) to see every claim on it by actor and draft, the cards about it and the sources.
          </p>
        )}
      </aside>
    </div>
  );
}
