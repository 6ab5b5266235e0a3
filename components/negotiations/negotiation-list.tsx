import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/states";
import { NEGOTIATION_STAGE_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { NegotiationOverview } from "@/lib/negotiations/queries";
import { negotiationPath } from "@/lib/negotiations/paths";

/** Weekly counts as a small line; the numbers are in its accessible name. */
function Sparkline({ weeks }: { weeks: NegotiationOverview["activity"] }) {
  if (weeks.length === 0) return <span className="text-xs text-slate-600 dark:text-slate-400">No dated activity yet</span>;
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const width = 120;
  const height = 28;
  const step = width / Math.max(1, weeks.length - 1);
  const points = weeks.map((w, i) => `${(i * step).toFixed(1)},${(height - 2 - (w.count / max) * (height - 4)).toFixed(1)}`).join(" ");
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const label = `Activity: ${total} dated records in the ${weeks.length} weeks to ${weeks[weeks.length - 1].weekEnding} (${weeks.map((w) => w.count).join(", ")} per week)`;
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="text-indigo-600 dark:text-indigo-300" data-testid="sparkline">
      <title>{label}</title>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

/** The negotiations a reader sees, each with where it stands, its last change, its latest draft and its activity. */
export function NegotiationList({ negotiations }: { negotiations: NegotiationOverview[] }) {
  if (negotiations.length === 0) return <EmptyState title="No negotiation is published yet">When an editor publishes a negotiation, it appears here.</EmptyState>;
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="negotiation-list">
      {negotiations.map((n) => {
        const href = negotiationPath(n.slug, "", n.status === "published" ? undefined : { preview: "1" });
        return (
          <li key={n.slug} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-negotiation={n.slug}>
            <h2 className="text-lg font-semibold leading-snug">
              <Link href={href} className="underline underline-offset-2">
                {n.title}
              </Link>
            </h2>
            <div className="flex flex-wrap gap-2">
              <Badge tone={n.stage === "active" ? "info" : "neutral"}>{NEGOTIATION_STAGE_LABELS[n.stage]}</Badge>
              {n.status !== "published" && <Badge tone="warn">Unpublished ({n.status.replace("_", " ")})</Badge>}
            </div>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
              <dt className="text-slate-600 dark:text-slate-400">Last change</dt>
              <dd>{n.lastChange ? formatDate(n.lastChange) : "none yet"}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Latest draft</dt>
              <dd>
                {n.latestDraft ? (
                  <>
                    {n.latestDraft.name} ({formatDate(n.latestDraft.date)})
                  </>
                ) : (
                  "none yet"
                )}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Activity</dt>
              <dd>
                <Sparkline weeks={n.activity} />
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
