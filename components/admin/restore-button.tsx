"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { ApiError, sendJson } from "@/lib/http/client";

/** Brings a revision's content back as a new save (itself a revision). */
export function RestoreButton({ type, id, version, revisionId, revisionVersion }: { type: string; id: string; version: number; revisionId: string; revisionVersion: number }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({});
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={state.busy}
        onClick={async () => {
          setState({ busy: true });
          try {
            await sendJson("POST", `/api/admin/${type}/${encodeURIComponent(id)}/restore`, { version, revisionId });
            setState({});
            router.refresh();
          } catch (error) {
            setState({ error: error instanceof ApiError ? error.message : "Could not restore" });
          }
        }}
      >
        Restore version {revisionVersion}
      </button>
      {state.error && (
        <span role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {state.error}
        </span>
      )}
    </span>
  );
}
