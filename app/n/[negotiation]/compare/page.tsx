import type { Metadata } from "next";
import { DraftComparison } from "@/components/drafts/draft-comparison";
import { EmptyState, FilterProblems } from "@/components/ui/states";
import { defaultComparison, getComparison, listDrafts } from "@/lib/drafts/queries";
import { compareFilterSchema } from "@/lib/drafts/schema";
import { parsePageFilter } from "@/lib/http/query-params";
import { listIssues } from "@/lib/issues/queries";
import { serialize } from "@/lib/json/serialized";
import { PanelExportButton } from "@/components/export/panel-export-button";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare drafts" };

export default async function ComparePage(props: NegotiationPageProps) {
  const { negotiation, visibility, query } = await pageNegotiation(props);
  const { filter, problems } = parsePageFilter(compareFilterSchema, query);
  const drafts = await listDrafts(negotiation.id, visibility);
  const fallback = await defaultComparison(negotiation.id, drafts);
  if (!fallback) return <EmptyState title="At least two drafts are needed for a comparison" />;
  const ids = new Set(drafts.map((d) => d.id));
  const unknown = [filter.a, filter.b].filter((id): id is string => !!id && !ids.has(id));
  const pair = unknown.length === 0 && filter.a && filter.b && filter.a !== filter.b ? { a: filter.a, b: filter.b } : fallback;
  const [comparison, issues] = await Promise.all([
    getComparison(negotiation.id, pair.a, pair.b, visibility),
    listIssues(negotiation.id),
  ]);
  return (
    <div>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Compare drafts</h1>
        <PanelExportButton panel="compare" />
      </div>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        Point by point, aligned by what reporting says happened to each point: kept, modified, moved, merged, split, dropped or added.
      </p>
      {visibility === "all" && <PreviewBanner />}
      <FilterProblems problems={[...problems, ...unknown.map((id) => `there is no draft "${id}"`)]} />
      <DraftComparison drafts={serialize(drafts)} pair={pair} initial={serialize(comparison)} issues={issues} />
    </div>
  );
}
