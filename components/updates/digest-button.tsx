"use client";
// "Download digest (PDF)" on the updates page: the same period, negotiation and follows the
// page shows, printed through the export.
import { exportMessage, usePdfExport } from "@/components/export/use-pdf-export";
import { secondaryButtonClass } from "@/components/ui/field";

export function DigestButton({ since, negotiation, following }: { since?: string; negotiation?: string; following: boolean }) {
  const { state, run } = usePdfExport();
  const message = exportMessage(state);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={state.status === "working"}
        onClick={() => run({ kind: "digest", ...(since ? { since } : {}), ...(negotiation ? { negotiation } : {}), following })}
        data-testid="digest-pdf"
      >
        Download digest (PDF)
      </button>
      {message && (
        <span role={state.status === "failed" ? "alert" : "status"} className="text-sm">
          {message}
        </span>
      )}
    </span>
  );
}
