"use client";
import { useState, type ReactNode } from "react";
import type { ChartSource } from "@/lib/charts/queries";

type Props = {
  id: string;
  title: string;
  unit: string;
  sources: ChartSource[];
  sourceNote?: string;
  table: { columns: string[]; rows: (string | number)[][] };
  /** Tailwind height class of the drawing area. */
  height?: string;
  children: ReactNode;
};

/** A chart with its title, unit, source line and an accessible data-table alternative. */
export function ChartFrame({ id, title, unit, sources, sourceNote, table, height = "h-72", children }: Props) {
  const [showTable, setShowTable] = useState(false);
  return (
    <figure data-chart-frame aria-labelledby={`${id}-title`} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid={`chart-${id}`}>
      <div className="mb-2 flex items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="font-semibold">
            {title}
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-400">Unit: {unit}</p>
        </div>
        <button
          type="button"
          className="no-print shrink-0 rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-600"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? "Hide data table" : "Show data table"}
        </button>
      </div>
      {/* Fixed height: the page does not jump when the chart library arrives. */}
      <div className={height} aria-hidden={showTable}>
        {children}
      </div>
      <div id={`${id}-table`} hidden={!showTable} className="mt-3 max-h-72 overflow-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{title}: data</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="border-b border-slate-200 py-1 pr-2 dark:border-slate-700">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} className="border-b border-slate-100 py-1 pr-2 dark:border-slate-800">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Source{sources.length === 1 ? "" : "s"}: {sourceNote ? `${sourceNote}; ` : ""}
        {sources.length ? sources.map((s) => s.outlet).join("; ") : "Parley database"}
      </figcaption>
    </figure>
  );
}
