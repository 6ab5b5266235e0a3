"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { ApiError, sendJson } from "@/lib/http/client";

/** Brings a revision's content back as a new save (itself a revision), after asking, and says when it is done. */
export function RestoreButton({ type, id, version, revisionId, revisionVersion }: { type: string; id: string; version: number; revisionId: string; revisionVersion: number }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy?: boolean; error?: string; done?: number }>({});
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={state.busy}
        onClick={async () => {
          if (!window.confirm(`Restore version ${revisionVersion}? Its content is saved as a new version; the current one stays in the history.`)) return;
          setState({ busy: true });
          try {
            const saved = await sendJson<{ version: number }>("POST", `/api/admin/${type}/${encodeURIComponent(id)}/restore`, { version, revisionId });
            setState({ done: saved.version });
            router.refresh();
          } catch (error) {
            setState({ error: error instanceof ApiError ? error.message : "Could not restore" });
          }
        }}
      >
        Restore version {revisionVersion}
      </button>
      {state.done !== undefined && (
        <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          Restored as version {state.done}.
        </span>
      )}
      {state.error && (
        <span role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {state.error}
        </span>
      )}
    </span>
  );
}
