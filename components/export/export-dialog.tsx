"use client";
// "Export PDF" for a briefing: paper size, sections and marking, then a download with progress.
import { useRef, useState } from "react";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { BRIEFING_SECTIONS, PAPER_SIZES, SECTION_LABELS, type BriefingSection, type PaperSize } from "@/lib/pdf/options";
import { exportMessage, usePdfExport } from "./use-pdf-export";

export function ExportDialog({ slug, marking, preview = false }: { slug: string; marking: string; preview?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [paper, setPaper] = useState<PaperSize>("A4");
  const [sections, setSections] = useState<BriefingSection[]>([...BRIEFING_SECTIONS]);
  const [markingText, setMarkingText] = useState(marking);
  const [changesSince, setChangesSince] = useState("");
  const { state, run } = usePdfExport();
  const message = exportMessage(state);
  const working = state.status === "working";

  return (
    <>
      <button type="button" className={secondaryButtonClass} onClick={() => dialog.current?.showModal()}>
        Export PDF
      </button>
      <dialog ref={dialog} aria-labelledby="export-title" className="w-full max-w-lg rounded-lg border border-slate-300 p-0 text-slate-900 backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <form
          method="dialog"
          className="space-y-4 p-5"
          onSubmit={(event) => {
            event.preventDefault();
            run({ kind: "briefing", slug, paper, sections, marking: markingText, ...(changesSince ? { changesSince } : {}), ...(preview ? { preview: true } : {}) });
          }}
        >
          <h2 id="export-title" className="text-lg font-semibold">
            Export this briefing as PDF
          </h2>
          <fieldset className="space-y-1">
            <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Paper</legend>
            <div className="flex gap-4">
              {PAPER_SIZES.map((p) => (
                <label key={p} className="flex items-center gap-1 text-sm">
                  <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => setPaper(p)} /> {p}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="space-y-1">
            <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Sections</legend>
            {BRIEFING_SECTIONS.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={sections.includes(s)} onChange={(e) => setSections((list) => (e.target.checked ? BRIEFING_SECTIONS.filter((x) => x === s || list.includes(x)) : list.filter((x) => x !== s)))} />
                {SECTION_LABELS[s]}
              </label>
            ))}
          </fieldset>
          <label className="flex flex-col gap-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Marking (top and bottom of every page)
            <input className={inputClass} value={markingText} maxLength={80} onChange={(e) => setMarkingText(e.target.value)} />
          </label>
          <label className="flex flex-col gap-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Add “Changes since” (optional)
            <input type="date" className={inputClass} value={changesSince} onChange={(e) => setChangesSince(e.target.value)} data-testid="export-changes-since" />
          </label>
          {message && (
            <p role={state.status === "failed" ? "alert" : "status"} className={`text-sm ${state.status === "failed" ? "text-rose-700 dark:text-rose-300" : ""}`}>
              {working && <progress className="mr-2 align-middle" aria-label="Export in progress" />}
              {message}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button type="button" className={secondaryButtonClass} onClick={() => dialog.current?.close()}>
              Close
            </button>
            <button type="submit" className={primaryButtonClass} disabled={working || sections.length === 0}>
              {working ? "Exporting…" : "Download PDF"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
