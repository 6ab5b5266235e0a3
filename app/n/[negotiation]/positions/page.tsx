import type { Metadata } from "next";
import { PositionMatrix } from "@/components/positions/position-matrix";
import { FilterProblems } from "@/components/ui/states";
import { parsePageFilter } from "@/lib/http/query-params";
import { serialize } from "@/lib/json/serialized";
import { getPositionMatrix } from "@/lib/positions/queries";
import { matrixFilterSchema } from "@/lib/positions/schema";
import { PanelExportButton } from "@/components/export/panel-export-button";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actor positions" };

export default async function PositionsPage(props: NegotiationPageProps) {
  const { negotiation, visibility, preview, query } = await pageNegotiation(props);
  const { filter, problems } = parsePageFilter(matrixFilterSchema, query);
  const matrix = await getPositionMatrix(negotiation.id, filter, visibility);
  return (
    <div>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Actor positions</h1>
        <PanelExportButton panel="positions" />
      </div>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">Each cell is the actor&apos;s latest stated stance on the issue. Select a cell for the quote, the sources and how the stance changed.</p>
      {preview && <PreviewBanner />}
      <FilterProblems problems={problems} />
      <PositionMatrix initialFilter={filter} initialMatrix={serialize(matrix)} />
    </div>
  );
}
