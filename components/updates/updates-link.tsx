"use client";
// The header's "Updates" link with the reader's count of changes not yet marked read. Fetched
// in the browser: pages are shared by every reader of an audience, the count is the reader's own.
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useViewer } from "@/components/layout/viewer-context";
import { getJson } from "@/lib/http/client";

export function UpdatesLink() {
  const viewer = useViewer();
  const query = useQuery({
    queryKey: ["updates-count"],
    queryFn: ({ signal }) => getJson<{ count: number }>("/api/updates/count", {}, signal),
    enabled: !!viewer,
    refetchInterval: 60_000,
  });
  if (!viewer) return null;
  const count = query.data?.count ?? 0;
  return (
    <Link href="/updates" className="whitespace-nowrap text-sm underline underline-offset-2" data-testid="updates-link">
      Updates
      {count > 0 && (
        <span className="ml-1 rounded-full bg-indigo-700 px-1.5 text-xs font-semibold text-white no-underline dark:bg-indigo-400 dark:text-slate-950" data-testid="updates-count">
          {count}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
