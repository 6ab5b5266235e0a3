// Fills for the map's shading classes (lib/territories/layers.ts), as one stylesheet: the
// regions and the legend's swatches carry only data-shade="<key>" (and data-several), so the
// page holds each colour and pattern once, however many regions use it. Sequential oranges for
// the share held by a territory's main controller, blues for any other controller; Okabe–Ito
// hues plus a distinct pattern for each kind of claim, so no class is told by colour alone.
// Neutral classes and the control scales have dark-theme colours; the claims' hues are the same in both themes.
import { CLAIM_ORDER, CONTROL_ORDER, NO_CLAIM } from "./layers";

export type PatternKind = "hatch" | "hatch-reverse" | "cross" | "dots" | "horizontal" | "vertical";
/** A class's colour (light theme, and dark where it differs), and its pattern with the pattern's ink. */
export type Fill = { color: string; dark?: string; pattern?: PatternKind; ink?: string; darkInk?: string };

export const FILLS: Record<string, Fill> = {
  // On a dark page the scales run from dark (none) to bright (all), so more still reads as more.
  "control-0": { color: "#fff5eb", dark: "#2e241c" },
  "control-1": { color: "#fdd0a2", dark: "#5c3315" },
  "control-2": { color: "#fdae6b", dark: "#8f4a12" },
  "control-3": { color: "#e6550d", dark: "#d9620f" },
  "control-4": { color: "#a63603", dark: "#fdae6b" },
  "control-unknown": { color: "#fdae6b", dark: "#8f4a12", pattern: "hatch", ink: "#7f2704", darkInk: "#fdd0a2" },
  "control-unstated": { color: "#fdd0a2", dark: "#5c3315", pattern: "dots", ink: "#7f2704", darkInk: "#fdd0a2" },
  "control-alt-0": { color: "#f7fbff", dark: "#1a2534" },
  "control-alt-1": { color: "#c6dbef", dark: "#1f3b5e" },
  "control-alt-2": { color: "#9ecae1", dark: "#2d5d8f" },
  "control-alt-3": { color: "#4292c6", dark: "#4292c6" },
  "control-alt-4": { color: "#08519c", dark: "#9ecae1" },
  "control-alt-unknown": { color: "#9ecae1", dark: "#2d5d8f", pattern: "hatch", ink: "#08306b", darkInk: "#c6dbef" },
  "control-alt-unstated": { color: "#c6dbef", dark: "#1f3b5e", pattern: "dots", ink: "#08306b", darkInk: "#c6dbef" },
  "control-none-stated": { color: "#e2e8f0", dark: "#334155", pattern: "dots", ink: "#475569", darkInk: "#cbd5e1" },
  recognised_de_jure: { color: "#a63603" },
  recognised_de_facto: { color: "#D55E00", pattern: "hatch" },
  withdrawal: { color: "#CC79A7", pattern: "cross" },
  international_administration: { color: "#56B4E9", pattern: "cross" },
  security_perimeter: { color: "#CC79A7", pattern: "horizontal" },
  demilitarised_zone: { color: "#E69F00", pattern: "dots" },
  frozen_on_line: { color: "#56B4E9", pattern: "horizontal" },
  subject_to_negotiation: { color: "#F0E442", pattern: "vertical", ink: "#333333" },
  no_recognition: { color: "#009E73", pattern: "hatch-reverse" },
  to_be_returned: { color: "#0072B2", pattern: "dots" },
  remains_with_holder: { color: "#0072B2" },
  none: { color: "#f8fafc", dark: "#334155" },
};

/** Every key a layer can shade a region with. */
export const SHADE_KEYS = [...CONTROL_ORDER, ...CLAIM_ORDER, NO_CLAIM.key];
/** The keys that can carry the several-claims overlay (a draft's or a bloc's layer). */
export const SEVERAL_KEYS = [...CLAIM_ORDER, NO_CLAIM.key];

export const patternId = (key: string) => `fill-${key}`;
export const severalId = (key: string) => `several-${key}`;

const fillOf = (key: string, theme: "light" | "dark") => {
  const f = FILLS[key];
  return f.pattern ? `url(#${patternId(key)})` : theme === "dark" ? (f.dark ?? f.color) : f.color;
};

/**
 * The rules for every class: the fill of a region or swatch with that data-shade, the same with
 * the several-claims overlay, and the colours inside each pattern. Dark colours apply on screen
 * only: print is always in light colours.
 */
export function mapStylesheet(): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const key of SHADE_KEYS) {
    const f = FILLS[key];
    const shade = `:is(path,rect)[data-shade="${key}"]`;
    light.push(`${shade}{fill:${fillOf(key, "light")}}`);
    if (f.pattern) {
      light.push(`#${patternId(key)}{color:${f.ink ?? "#fff"}}#${patternId(key)}>rect{fill:${f.color}}`);
      if (f.dark) dark.push(`.dark #${patternId(key)}>rect{fill:${f.dark}}`);
      if (f.darkInk) dark.push(`.dark #${patternId(key)}{color:${f.darkInk}}`);
    } else if (f.dark) dark.push(`.dark ${shade}:not([data-several]){fill:${f.dark}}`);
  }
  for (const key of SEVERAL_KEYS) {
    light.push(`${`:is(path,rect)[data-shade="${key}"][data-several]`}{fill:url(#${severalId(key)})}#${severalId(key)}>rect{fill:${fillOf(key, "light")}}`);
    if (FILLS[key].dark && !FILLS[key].pattern) dark.push(`.dark #${severalId(key)}>rect{fill:${FILLS[key].dark}}`);
  }
  return `${light.join("")}@media screen{${dark.join("")}}`;
}
