import { NegotiationLink } from "@/components/negotiations/negotiation-context";
import { Badge } from "@/components/ui/badge";
import { RELATION_TONES } from "@/components/drafts/relation-tones";
import { PROVENANCE_LABELS } from "@/lib/domain/labels";
import { rowRelationLabel } from "@/lib/drafts/compare";
import type { Comparison, DraftSummary } from "@/lib/drafts/queries";
import { ROW_RELATIONS } from "@/lib/drafts/schema";
import { formatDate } from "@/lib/format";

/** The versions of the plan and what changed between the default pair, linking to the full views. */
export function DraftsGlance({ drafts, comparison }: { drafts: DraftSummary[]; comparison: Comparison | null }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h3 className="mb-2 font-semibold">Versions of the plan</h3>
        <ol className="space-y-1 text-sm">
          {drafts.map((d) => (
            <li key={d.id} className="flex flex-wrap items-baseline gap-2">
              <span className="w-24 shrink-0 text-slate-600 dark:text-slate-400">{formatDate(d.date)}</span>
              <span className="font-medium">{d.name}</span>
              <Badge tone={d.provenance === "leaked" ? "warn" : "neutral"}>{PROVENANCE_LABELS[d.provenance]}</Badge>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {d._count.points} point{d._count.points === 1 ? "" : "s"} known
                {d.declaredPointCount ? ` of ${d.declaredPointCount}` : ""}
              </span>
            </li>
          ))}
        </ol>
        <NegotiationLink view="/drafts" className="mt-3 inline-block text-sm underline">
          Follow a point through every version
        </NegotiationLink>
      </div>
      {comparison && (
        <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="mb-2 font-semibold">
            {comparison.left.name} → {comparison.right.name}
          </h3>
          <ul className="flex flex-wrap gap-2 text-sm">
            {ROW_RELATIONS.filter((r) => comparison.counts[r]).map((r) => (
              <li key={r}>
                <NegotiationLink view={`/compare?a=${comparison.left.id}&b=${comparison.right.id}&relation=${r}`}>
                  <Badge tone={RELATION_TONES[r]}>
                    {rowRelationLabel(r)}: {comparison.counts[r]}
                  </Badge>
                </NegotiationLink>
              </li>
            ))}
          </ul>
          {comparison.right.declaredPointCount && comparison.right.declaredPointCount > comparison.right.pointCount && (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
              The text of {comparison.right.name} is not public: {comparison.right.pointCount} of its {comparison.right.declaredPointCount} points are known from reporting.
            </p>
          )}
          <NegotiationLink view={`/compare?a=${comparison.left.id}&b=${comparison.right.id}`} className="mt-3 inline-block text-sm underline">
            Open the point-by-point comparison
          </NegotiationLink>
        </div>
      )}
    </div>
  );
}
