"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { ApiError, sendJson } from "@/lib/http/client";

/** Marks a saved change minor (a typo fix, left out of readers' updates and digests), or not. */
export function MinorToggle({ type, id, revisionId, minor }: { type: string; id: string; revisionId: string; minor: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({});
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={state.busy}
        aria-pressed={minor}
        onClick={async () => {
          setState({ busy: true });
          try {
            await sendJson("PATCH", `/api/admin/${type}/${encodeURIComponent(id)}/revisions/${encodeURIComponent(revisionId)}`, { minor: !minor });
            setState({});
            router.refresh();
          } catch (error) {
            setState({ error: error instanceof ApiError ? error.message : "Could not change it" });
          }
        }}
      >
        {minor ? "Not minor after all" : "Mark as minor"}
      </button>
      {state.error && (
        <span role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {state.error}
        </span>
      )}
    </span>
  );
}
