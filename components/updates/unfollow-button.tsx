"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/lib/http/client";
import type { FollowType } from "@/lib/updates/subjects";

/** Stop following, from the list on the updates page. */
export function UnfollowButton({ targetType, targetId, label }: { targetType: FollowType; targetId: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-label={`Stop following ${label}`}
      className="rounded-full px-1.5 hover:bg-slate-100 dark:hover:bg-slate-800"
      onClick={async () => {
        setBusy(true);
        await sendJson("DELETE", `/api/follows?${new URLSearchParams({ targetType, targetId })}`).catch(() => undefined);
        setBusy(false);
        router.refresh();
      }}
    >
      ✕
    </button>
  );
}
