// Fills for the map's shading classes. Sequential oranges for the share held by a territory's main
// controller, blues for any other controller (lib/territories/layers.ts);
// Okabe–Ito hues plus a distinct pattern for each kind of claim, so no class is told by colour alone.

type Fill = { color: string; pattern?: "hatch" | "hatch-reverse" | "cross" | "dots" | "horizontal" | "vertical" };

export const FILLS: Record<string, Fill> = {
  "control-0": { color: "#eef2f6" },
  "control-1": { color: "#fee6ce" },
  "control-2": { color: "#fdae6b" },
  "control-3": { color: "#e6550d" },
  "control-4": { color: "#a63603" },
  "control-unknown": { color: "#fdae6b", pattern: "hatch" },
  "control-alt-1": { color: "#deebf7" },
  "control-alt-2": { color: "#9ecae1" },
  "control-alt-3": { color: "#4292c6" },
  "control-alt-4": { color: "#08519c" },
  "control-alt-unknown": { color: "#9ecae1", pattern: "hatch" },
  "control-none-stated": { color: "#f8fafc", pattern: "dots" },
  recognised_de_jure: { color: "#a63603" },
  recognised_de_facto: { color: "#D55E00", pattern: "hatch" },
  withdrawal: { color: "#CC79A7", pattern: "cross" },
  international_administration: { color: "#56B4E9", pattern: "cross" },
  security_perimeter: { color: "#CC79A7", pattern: "horizontal" },
  demilitarised_zone: { color: "#E69F00", pattern: "dots" },
  frozen_on_line: { color: "#56B4E9", pattern: "horizontal" },
  subject_to_negotiation: { color: "#F0E442", pattern: "vertical" },
  no_recognition: { color: "#009E73", pattern: "hatch-reverse" },
  to_be_returned: { color: "#0072B2", pattern: "dots" },
  remains_with_holder: { color: "#0072B2" },
  none: { color: "#f8fafc" },
};

export function fillFor(key: string): string {
  const fill = FILLS[key] ?? FILLS.none;
  return fill.pattern ? `url(#fill-${key})` : fill.color;
}

/** <defs> with one pattern per patterned class; include once per SVG. */
export function FillPatterns({ prefix = "" }: { prefix?: string }) {
  return (
    <defs>
      {Object.entries(FILLS)
        .filter(([, f]) => f.pattern)
        .map(([key, f]) => (
          <pattern key={key} id={`${prefix}fill-${key}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={f.color} />
            {f.pattern === "hatch" && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth="1.5" />}
            {f.pattern === "hatch-reverse" && <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke="#fff" strokeWidth="1.5" />}
            {f.pattern === "cross" && <path d="M0,0 l8,8 M8,0 l-8,8" stroke="#fff" strokeWidth="1.2" />}
            {f.pattern === "dots" && <circle cx="4" cy="4" r="1.6" fill="#fff" />}
            {f.pattern === "horizontal" && <path d="M0,4 h8" stroke="#fff" strokeWidth="1.5" />}
            {f.pattern === "vertical" && <path d="M4,0 v8" stroke="#333" strokeWidth="1" />}
          </pattern>
        ))}
    </defs>
  );
}

export function Swatch({ shadeKey }: { shadeKey: string }) {
  const id = `swatch-${shadeKey}-`;
  return (
    <svg width="22" height="14" aria-hidden="true" className="shrink-0 rounded-sm border border-slate-400">
      <FillPatterns prefix={id} />
      <rect width="22" height="14" fill={FILLS[shadeKey]?.pattern ? `url(#${id}fill-${shadeKey})` : (FILLS[shadeKey] ?? FILLS.none).color} />
    </svg>
  );
}
