"use client";
// Follow an actor, issue, territory, draft or tag: the reader's updates, feeds and digests can
// then be narrowed to what they follow (/updates?following=1).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useViewer } from "@/components/layout/viewer-context";
import { ApiError, getJson, sendJson } from "@/lib/http/client";
import type { FollowType } from "@/lib/updates/subjects";

type Followed = { targetType: FollowType; targetId: string; label: string };

export function useFollows() {
  const viewer = useViewer();
  return useQuery({ queryKey: ["follows"], queryFn: ({ signal }) => getJson<{ follows: Followed[] }>("/api/follows", {}, signal), enabled: !!viewer, staleTime: 60_000 });
}

export function FollowButton({ targetType, targetId, label }: { targetType: FollowType; targetId: string; label: string }) {
  const viewer = useViewer();
  const client = useQueryClient();
  const follows = useFollows();
  const following = !!follows.data?.follows.some((f) => f.targetType === targetType && f.targetId === targetId);
  const change = useMutation({
    mutationFn: () =>
      following
        ? sendJson("DELETE", `/api/follows?${new URLSearchParams({ targetType, targetId })}`)
        : sendJson("POST", "/api/follows", { targetType, targetId }),
    onSettled: () => client.invalidateQueries({ queryKey: ["follows"] }),
  });
  if (!viewer) return null;
  return (
    <span className="no-print inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={following}
        disabled={change.isPending || follows.isLoading}
        onClick={() => change.mutate()}
        className={`rounded-full border px-2.5 py-0.5 text-xs font-medium ${following ? "border-indigo-700 bg-indigo-700 text-white dark:border-indigo-300 dark:bg-indigo-300 dark:text-slate-950" : "border-slate-300 dark:border-slate-600"}`}
        data-testid="follow-button"
        title={following ? `You follow ${label}: your updates can be narrowed to it` : `Follow ${label} in your updates and digests`}
      >
        {following ? "Following" : "Follow"}
        <span className="sr-only"> {label}</span>
      </button>
      {change.isError && (
        <span role="alert" className="text-xs text-rose-700 dark:text-rose-300">
          {change.error instanceof ApiError ? change.error.message : "Could not change it"}
        </span>
      )}
    </span>
  );
}
