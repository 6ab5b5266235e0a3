import type { BadgeTone } from "@/components/ui/badge";
import type { RowRelation } from "@/lib/drafts/compare";

/** Badge tone per relation; the label always names the relation too. */
export const RELATION_TONES: Record<RowRelation, BadgeTone> = {
  unchanged: "neutral",
  modified: "info",
  moved: "info",
  merged: "strong",
  split: "strong",
  dropped: "warn",
  added: "warn",
  unaligned: "neutral",
};
