// Chart colours. Okabe–Ito (safe for the common colour-vision deficiencies); a series is also
// named in the legend and the data table, so colour is never the only signal.
import type { Stance } from "@/lib/domain/enums";

export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;

export const seriesColour = (groups: string[], group: string) => SERIES_COLOURS[Math.max(0, groups.indexOf(group)) % SERIES_COLOURS.length];

/** The stances' fills, as in lib/domain/stance-style.ts (the matrix), with a mid grey for "unknown" that shows on light and dark cards. */
export const STANCE_COLOURS: Record<Stance, string> = { supports: "#0072B2", conditional: "#E69F00", ambiguous: "#CC79A7", opposes: "#D55E00", unknown: "#94A3B8" };

/** Stacked from support through conditions and ambiguity to opposition, unknown last. */
export const STANCE_ORDER: readonly Stance[] = ["supports", "conditional", "ambiguous", "opposes", "unknown"];
