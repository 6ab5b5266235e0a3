// The map's patterns and fill rules, once per page (lib/territories/palette.ts), and the
// legend's swatches, which point at them by data-shade instead of carrying their own copies.
import type { ReactNode } from "react";
import type { LegendEntry } from "@/lib/territories/layers";
import { FILLS, mapStylesheet, patternId, SEVERAL_KEYS, severalId, type PatternKind } from "@/lib/territories/palette";

const INK: Record<PatternKind, ReactNode> = {
  hatch: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="currentColor" strokeWidth="1.5" />,
  "hatch-reverse": <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke="currentColor" strokeWidth="1.5" />,
  cross: <path d="M0,0 l8,8 M8,0 l-8,8" stroke="currentColor" strokeWidth="1.2" />,
  dots: <circle cx="4" cy="4" r="1.6" fill="currentColor" />,
  horizontal: <path d="M0,4 h8" stroke="currentColor" strokeWidth="1.5" />,
  vertical: <path d="M4,0 v8" stroke="currentColor" strokeWidth="1" />,
};

/**
 * <defs> with one pattern per patterned class, the several-claims overlays (on the map only) and
 * the stylesheet. Render once per page: inside the map's SVG, or on its own (MapDefs) where only
 * swatches are shown.
 */
export function MapPatterns({ several = true }: { several?: boolean }) {
  return (
    <defs>
      <style>{mapStylesheet()}</style>
      {Object.entries(FILLS)
        .filter(([, f]) => f.pattern)
        .map(([key, f]) => (
          <pattern key={key} id={patternId(key)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" />
            {INK[f.pattern!]}
          </pattern>
        ))}
      {several &&
        SEVERAL_KEYS.map((key) => (
          <pattern key={key} id={severalId(key)} width="14" height="14" patternUnits="userSpaceOnUse">
            <rect width="14" height="14" />
            <path d="M7,2.5 L11.5,7 L7,11.5 L2.5,7Z" fill="#111827" stroke="#fff" strokeWidth="1" />
          </pattern>
        ))}
    </defs>
  );
}

/** The patterns and rules for a page with swatches but no map (a territory's own page). */
export function MapDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
      <MapPatterns several={false} />
    </svg>
  );
}

/** A legend swatch: a shade, the several-claims overlay, an outline-only shape, or no shape at all. */
export function Swatch({ shadeKey, kind = "fill" }: { shadeKey: string; kind?: LegendEntry["kind"] }) {
  if (kind === "undrawn") return <span aria-hidden="true" className="inline-block h-3.5 w-[22px] shrink-0 rounded-sm border border-dashed border-slate-500 dark:border-slate-400" />;
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" preserveAspectRatio="none" aria-hidden="true" className="shrink-0 rounded-sm border border-slate-400 dark:border-slate-500">
      {kind === "outline" ? (
        <rect x="2" y="2" width="18" height="10" className="map-outline-swatch" />
      ) : (
        <rect width="22" height="14" data-shade={kind === "overlay" ? "none" : shadeKey} data-several={kind === "overlay" ? "" : undefined} />
      )}
    </svg>
  );
}
