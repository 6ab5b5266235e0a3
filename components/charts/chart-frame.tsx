import type { ReactNode } from "react";
import type { ChartSource } from "@/lib/charts/queries";
import type { LegendItem, Table } from "@/lib/charts/models";
import { ChartLegend } from "./legend";

type Props = {
  id: string;
  title: string;
  unit: string;
  sources: ChartSource[];
  sourceNote?: string;
  legend?: LegendItem[];
  table: Table;
  children: ReactNode;
};

/**
 * A chart with its title, unit, legend, source line and its data as a table (the accessible
 * alternative), folded in a <details> so it opens without any script.
 */
export function ChartFrame({ id, title, unit, sources, sourceNote, legend = [], table, children }: Props) {
  return (
    <figure data-chart-frame aria-labelledby={`${id}-title`} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid={`chart-${id}`}>
      <div className="mb-2">
        <h2 id={`${id}-title`} className="font-semibold">
          {title}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">Unit: {unit}</p>
      </div>
      <ChartLegend items={legend} />
      {children}
      <details className="no-print group mt-3">
        <summary className="inline-block cursor-pointer rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-600">
          <span className="group-open:hidden">Show data table</span>
          <span className="hidden group-open:inline">Hide data table</span>
        </summary>
        {/* Wide tables scroll on their own, not the page; the region is reachable by keyboard. */}
        <div id={`${id}-table`} className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}: data table`}>
          {/* Cell styles on the table, not on each of its cells: the page carries the table twice (HTML and React's payload). */}
          <table className="w-full text-left text-xs [&_td]:border-b [&_td]:border-slate-100 [&_td]:py-1 [&_td]:pr-2 dark:[&_td]:border-slate-800 [&_th]:border-b [&_th]:border-slate-200 [&_th]:py-1 [&_th]:pr-2 dark:[&_th]:border-slate-700">
            <caption className="sr-only">{title}: data</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Source{sources.length === 1 ? "" : "s"}: {sourceNote ? `${sourceNote}; ` : ""}
        {sources.length ? sources.map((s) => s.outlet).join("; ") : "Parley database"}
      </figcaption>
    </figure>
  );
}
