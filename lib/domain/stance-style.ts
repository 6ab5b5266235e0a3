// How stances and reactions look. Okabe–Ito colours (safe for the common colour-vision
// deficiencies), and every value also carries a symbol and a word: colour is never the only signal.
// Text colours give at least 4.5:1 contrast on each fill.
import type { Reaction, Stance } from "./enums";
import { REACTION_LABELS, STANCE_LABELS } from "./labels";

type Style = { label: string; symbol: string; className: string };

export const STANCE_STYLES: Record<Stance, Style> = {
  supports: { label: STANCE_LABELS.supports, symbol: "✓", className: "bg-[#0072B2] text-white border-[#0072B2]" },
  conditional: { label: STANCE_LABELS.conditional, symbol: "◐", className: "bg-[#E69F00] text-black border-[#E69F00]" },
  ambiguous: { label: STANCE_LABELS.ambiguous, symbol: "?", className: "bg-[#CC79A7] text-black border-[#CC79A7]" },
  opposes: { label: STANCE_LABELS.opposes, symbol: "✕", className: "bg-[#D55E00] text-black border-[#D55E00]" },
  unknown: { label: STANCE_LABELS.unknown, symbol: "·", className: "bg-slate-200 text-slate-700 border-slate-300 dark:bg-slate-700 dark:text-slate-200 dark:border-slate-600" },
};

export const REACTION_STYLES: Record<Reaction, Style> = {
  accepts: { label: REACTION_LABELS.accepts, symbol: "✓", className: "bg-[#0072B2] text-white border-[#0072B2]" },
  conditional: { label: REACTION_LABELS.conditional, symbol: "◐", className: "bg-[#E69F00] text-black border-[#E69F00]" },
  rejects: { label: REACTION_LABELS.rejects, symbol: "✕", className: "bg-[#D55E00] text-black border-[#D55E00]" },
  silent: { label: REACTION_LABELS.silent, symbol: "…", className: "bg-slate-200 text-slate-700 border-slate-300 dark:bg-slate-700 dark:text-slate-200 dark:border-slate-600" },
};
