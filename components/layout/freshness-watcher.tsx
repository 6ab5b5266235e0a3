"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { getJson } from "@/lib/http/client";

/** How often an open page asks whether content changed; well inside the 30-second promise. */
export const FRESHNESS_POLL_MS = 10_000;

/**
 * Refreshes the page's server data and every client query when an editor's change lands.
 * `renderedAt` is the content version the server rendered the page at: the first poll compares
 * with it, so a change that lands while the page is still loading is not taken as the baseline.
 */
export function FreshnessWatcher({ renderedAt }: { renderedAt: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const seen = useRef<string | null>(renderedAt);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const { data } = useQuery({
    queryKey: ["content-version"],
    queryFn: ({ signal }) => getJson<{ version: string }>("/api/version", {}, signal),
    refetchInterval: FRESHNESS_POLL_MS,
    refetchIntervalInBackground: true,
  });

  useEffect(() => {
    if (!data) return;
    if (seen.current && seen.current !== data.version) {
      router.refresh();
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "content-version" });
      setUpdatedAt(new Date());
    }
    seen.current = data.version;
  }, [data, router, queryClient]);

  return (
    <p aria-live="polite" className="no-print text-xs text-slate-600 dark:text-slate-400" data-testid="freshness">
      {updatedAt ? `Updated with new content at ${updatedAt.toLocaleTimeString("en-GB")}` : ""}
    </p>
  );
}
