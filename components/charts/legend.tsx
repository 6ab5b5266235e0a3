import type { LegendItem } from "@/lib/charts/models";

/** What the colours (and marks) of a chart mean; plain text, so it follows the theme. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  if (!items.length) return null;
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-label="Legend" data-testid="chart-legend">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5" data-legend-item>
          {item.kind === "mark" ? (
            <span aria-hidden="true" className="inline-block w-3 text-center font-semibold">
              {item.mark}
            </span>
          ) : item.kind === "range" ? (
            <span aria-hidden="true" data-swatch className="inline-block h-3 w-5 rounded-sm border-[1.5px]" style={{ borderColor: item.colour, backgroundColor: `${item.colour}4d` }} />
          ) : (
            <span aria-hidden="true" data-swatch className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: item.colour }} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
