import type { ReactNode } from "react";

/** Classes of a filter chip; also used by the map's radio labels. */
export const chipClass = (on: boolean) =>
  `rounded-full border px-2.5 py-0.5 text-xs ${on ? "border-indigo-600 bg-indigo-600 text-white" : "border-slate-300 dark:border-slate-600"}`;

/** A filter that is on or off: pressed state for assistive technology, a tick for the eye. */
export function ToggleChip({ on, onToggle, children, ...data }: { on: boolean; onToggle: () => void; children: ReactNode } & { [key: `data-${string}`]: string }) {
  return (
    <button type="button" aria-pressed={on} onClick={onToggle} className={chipClass(on)} {...data}>
      {on ? "✓ " : ""}
      {children}
    </button>
  );
}
