"use client";
// "Export PDF" for one panel, with the filters it shows now (read from the page's URL).
import { useSearchParams } from "next/navigation";
import { secondaryButtonClass } from "@/components/ui/field";
import type { Panel } from "@/lib/pdf/options";
import { exportMessage, usePdfExport } from "./use-pdf-export";

/** URL parameters that are view state, not content filters. */
const NOT_FILTERS = new Set(["cell", "region", "row", "page"]);

export function PanelExportButton({ panel, chart }: { panel: Panel; chart?: string }) {
  const searchParams = useSearchParams();
  const { state, run } = usePdfExport();
  const message = exportMessage(state);
  const exportNow = () => {
    const params: Record<string, string | string[]> = {};
    for (const key of new Set(searchParams.keys())) {
      if (NOT_FILTERS.has(key)) continue;
      const values = searchParams.getAll(key);
      params[key] = values.length > 1 ? values : values[0];
    }
    if (chart) params.chart = chart;
    // An editor previewing an unpublished negotiation exports it (the server honours this for editors only).
    run({ kind: panel, params, ...(searchParams.get("preview") === "1" ? { preview: true } : {}) });
  };
  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2">
      <button type="button" className={secondaryButtonClass} onClick={exportNow} disabled={state.status === "working"}>
        {state.status === "working" ? "Exporting…" : "Export PDF"}
      </button>
      {message && (
        <span role={state.status === "failed" ? "alert" : "status"} className={`text-xs ${state.status === "failed" ? "text-rose-700 dark:text-rose-300" : "text-slate-600 dark:text-slate-400"}`}>
          {message}
        </span>
      )}
    </span>
  );
}
