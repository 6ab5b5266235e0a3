// Control of a territory in words that fit any negotiation: how much of it the actor named as
// its controller holds ("Part of it held by the government", "53% held by the army"), or that it
// is not stated. Only what is recorded is said: a share nobody reported never reads as 0%, and
// "none" only when the record says none (the extent, or a share of 0).
import type { ControlExtent } from "@/lib/domain/enums";

export type Control = { controlExtent: ControlExtent | null; controlSharePct: number | null; controlledBy: { name: string } | null };

/** One line for a territory's control, e.g. "78.1% held by the army", "None of it held by the army", "Control not stated". */
export function controlSummary({ controlExtent, controlSharePct, controlledBy }: Control): string {
  if (!controlledBy) return "Control not stated";
  const who = controlledBy.name;
  if (controlExtent === "none" || (controlExtent === null && controlSharePct === 0)) return `None of it held by ${who}`;
  if (controlSharePct !== null) return `${controlSharePct}% held by ${who}`;
  if (controlExtent === "full") return `All of it held by ${who}`;
  if (controlExtent === "partial") return `Part of it held by ${who}; share not reported`;
  return `Held in part or whole by ${who}; how much is not reported`;
}

/** The map's control layer: the extent, or when only a share is stated, the extent it amounts to. */
export function controlExtentOf({ controlExtent, controlSharePct, controlledBy }: Control): ControlExtent | null {
  if (!controlledBy) return null;
  if (controlExtent) return controlExtent;
  if (controlSharePct === null) return null;
  return controlSharePct >= 100 ? "full" : controlSharePct > 0 ? "partial" : "none";
}
