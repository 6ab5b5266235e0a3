// An actor's stance on an issue over time: the latest statement is the current stance,
// and the history marks where the stance changed from the statement before it.
import type { Stance } from "@/lib/domain/enums";

export type DatedStance = { id: string; stance: Stance; statedAt: Date | string };

export type HistoryEntry<P extends DatedStance> = P & {
  /** The stance differs from the previous statement's (false for the first statement). */
  changed: boolean;
  previousStance: Stance | null;
};

const time = (d: Date | string) => (typeof d === "string" ? Date.parse(d) : d.getTime());

/** Oldest first; ties keep their given order, so the later-recorded statement counts as later. */
export function stanceHistory<P extends DatedStance>(positions: readonly P[]): HistoryEntry<P>[] {
  const ordered = positions.map((p, i) => ({ p, i })).sort((a, b) => time(a.p.statedAt) - time(b.p.statedAt) || a.i - b.i);
  return ordered.map(({ p }, index) => {
    const previousStance = index > 0 ? ordered[index - 1].p.stance : null;
    return { ...p, previousStance, changed: previousStance !== null && previousStance !== p.stance };
  });
}

/** The current position: the most recent statement. */
export function currentPosition<P extends DatedStance>(positions: readonly P[]): P | null {
  const history = stanceHistory(positions);
  return history.length ? history[history.length - 1] : null;
}
