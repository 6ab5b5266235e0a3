"use client";
// Runs one PDF export from the browser: POST /api/export, then hand the file to the browser's
// download. Reports elapsed time while the server prints, so long exports show progress.
import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/lib/http/client";
import { useOptionalNegotiationSlug } from "@/components/negotiations/negotiation-context";

export type ExportState = { status: "idle" } | { status: "working"; seconds: number } | { status: "done"; filename: string } | { status: "failed"; message: string };

export function usePdfExport() {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const timer = useRef<ReturnType<typeof setInterval>>(undefined);
  // A request may name its own negotiation (or none: a digest of every negotiation).
  const negotiation = useOptionalNegotiationSlug();
  useEffect(() => () => clearInterval(timer.current), []);

  const run = async (request: Record<string, unknown>) => {
    const body = { ...(negotiation ? { negotiation } : {}), ...request };
    const started = Date.now();
    setState({ status: "working", seconds: 0 });
    timer.current = setInterval(() => setState({ status: "working", seconds: Math.round((Date.now() - started) / 1000) }), 500);
    try {
      const response = await fetch("/api/export", { method: "POST", headers: { "content-type": "application/json", accept: "application/pdf" }, body: JSON.stringify(body) });
      if (!response.ok) {
        const error = (await response.json().catch(() => null))?.error;
        const fields = Object.entries((error?.fields ?? {}) as Record<string, string[]>).map(([k, m]) => `${k}: ${m.join("; ")}`);
        throw new ApiError(response.status, [error?.message ?? `The server answered ${response.status}`, ...fields].join(" — "));
      }
      const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "parley.pdf";
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href: url, download: filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ status: "done", filename });
    } catch (error) {
      setState({ status: "failed", message: error instanceof Error ? error.message : "The export failed" });
    } finally {
      clearInterval(timer.current);
    }
  };
  return { state, run };
}

/** The progress line under an export button. */
export function exportMessage(state: ExportState): string | null {
  switch (state.status) {
    case "working":
      return `Printing the PDF… ${state.seconds} s (long briefings take up to half a minute)`;
    case "done":
      return `Downloaded ${state.filename}.`;
    case "failed":
      return state.message;
    default:
      return null;
  }
}
