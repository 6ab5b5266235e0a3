"use client";
import { useQuery } from "@tanstack/react-query";
import { SourceList } from "@/components/briefing/source-list";
import { ErrorState, SkeletonList } from "@/components/ui/states";
import { STANCE_STYLES } from "@/lib/domain/stance-style";
import { formatDate, isoDay } from "@/lib/format";
import { usePreviewParam } from "@/lib/hooks/use-preview";
import { getJson } from "@/lib/http/client";
import type { Serialized } from "@/lib/json/serialized";
import type { PositionHistory } from "@/lib/positions/queries";
import { StatementQuote } from "./statement-quote";
import { StanceBadge } from "./stance-badge";
import { useNegotiationParam } from "@/components/negotiations/negotiation-context";

const historyQuery = (negotiation: string, actor: string, issue: string, preview: { preview?: "1" }) => ({
  queryKey: ["positions", "history", negotiation, actor, issue, preview] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => getJson<Serialized<PositionHistory>>("/api/positions/history", { negotiation, actor, issue, ...preview }, signal),
});

/** The statements of one actor on one issue as a timeline, newest first, marking stance changes. */
export function PositionHistoryPanel({ actor, issue }: { actor: string; issue: string }) {
  const query = useQuery(historyQuery(useNegotiationParam().negotiation, actor, issue, usePreviewParam()));
  if (query.isError) return <ErrorState title="The history could not be loaded" message={query.error.message} onRetry={() => query.refetch()} />;
  if (!query.data) return <SkeletonList rows={2} height="h-24" />;
  const entries = [...query.data.history].reverse();
  const [current] = entries;
  return (
    <div className="space-y-4" data-testid="position-history">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {query.data.actor.role}. Current stance: {current ? <StanceBadge stance={current.stance} /> : "no statement"}
      </p>
      <ol className="relative space-y-5 border-l-2 border-slate-200 pl-4 dark:border-slate-700" aria-label="Statements, newest first">
        {entries.map((entry, index) => (
          <li key={entry.id} className="relative" data-testid="history-entry">
            <span className="absolute -left-[1.4rem] top-1 h-3 w-3 rounded-full border-2 border-white bg-slate-400 dark:border-slate-900" aria-hidden="true" />
            <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
              <time dateTime={isoDay(entry.statedAt)}>{formatDate(entry.statedAt, { approx: entry.dateApprox })}</time>
              <StanceBadge stance={entry.stance} />
              {index === 0 && <span className="font-semibold text-slate-700 dark:text-slate-200">current</span>}
              {entry.changed && entry.previousStance && (
                <span className="font-semibold text-slate-700 dark:text-slate-200" data-testid="stance-change">
                  changed from {STANCE_STYLES[entry.previousStance].label.toLowerCase()}
                </span>
              )}
            </div>
            <p className="mt-1 text-sm">{entry.summary}</p>
            <StatementQuote quote={entry} />
            <div className="mt-2">
              <SourceList citations={entry.citations} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
