// The engine's public types. The JSON written by `npm run align -- --json` is `AlignResult`
// without the per-link `diff` (see toContractJson in index.ts); other tools script against it.
import type { DiffSegment } from "@/lib/drafts/diff";
import type { Language } from "./language";
import type { Point } from "./split";

export type { Point } from "./split";

/** A stored point: its text may be unknown (reported only); the title then stands in for it. */
export type PointInput = { label: string; text: string | null; title?: string | null };

/** An actor and every name it goes by: naming it by another alias is not a change. */
export type Party = { id: string; names: string[] };

export type AlignOptions = {
  parties?: Party[];
  /** Links below this confidence are left out: their points become dropped / added. */
  minConfidence?: number;
  /** Skip detection (and the refusal of mixed-language pairs). */
  language?: Language;
};

export type Flag =
  | { kind: "modal"; from: string | null; to: string | null }
  | { kind: "negation"; change: "added" | "removed"; from: string | null; to: string | null }
  | { kind: "number"; from: string | null; to: string | null }
  | { kind: "party"; from: string | null; to: string | null }
  | { kind: "deadline"; from: string | null; to: string | null };

export type LinkKind = "unchanged" | "reworded" | "moved" | "merged" | "split";

export type Link = {
  /** Labels in the base version, in its order. */
  base: string[];
  /** Labels in the candidate version, in its order. */
  candidate: string[];
  /** unchanged / reworded (in place), moved (out of the base order; `reworded` tells whether
   * the wording changed too), merged (several base points → one), split (one → several). */
  kind: LinkKind;
  /** Estimated probability that this link is right, in [0, 1]. */
  confidence: number;
  flags: Flag[];
  /** The wording differs (always true for merged and split). */
  reworded: boolean;
  /** Out of the base order (for merged and split too: `kind` then says merged/split). */
  moved: boolean;
  /** Combined similarity of the two sides, in [0, 1]. */
  similarity: number;
  /** Similarity minus that of the best other partner any of its points had. */
  margin: number;
  /** 0–1: the shared words out of their order times the link out of its neighbours' context;
   * high for a new point made of a dropped point's words (it lowers the confidence). */
  disorder: number;
  /** Why the engine made this link, in words, for the UI. */
  reasons: string[];
  /** Word diff from the base text to the candidate text (jsdiff diffWordsWithSpace). */
  diff: DiffSegment[];
};

export type AlignResult = {
  base: { points: Point[] };
  candidate: { points: Point[] };
  links: Link[];
  /** Base labels with no counterpart. */
  dropped: string[];
  /** Candidate labels with no counterpart. */
  added: string[];
  language: Language;
  /** Points whose text was unknown, and other notes. */
  warnings: string[];
};
