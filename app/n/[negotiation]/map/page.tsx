import type { Metadata } from "next";
import { TerritoryMap } from "@/components/territories/territory-map";
import { FilterProblems } from "@/components/ui/states";
import { parsePageFilter } from "@/lib/http/query-params";
import { serialize } from "@/lib/json/serialized";
import { getMapGeometry } from "@/lib/territories/geometry";
import { getMapData } from "@/lib/territories/queries";
import { mapFilterSchema } from "@/lib/territories/schema";
import { PanelExportButton } from "@/components/export/panel-export-button";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Territorial issues" };

export default async function MapPage(props: NegotiationPageProps) {
  const { negotiation, visibility, preview, query } = await pageNegotiation(props);
  const { problems } = parsePageFilter(mapFilterSchema, query);
  const data = await getMapData(negotiation.id, visibility);
  return (
    <div>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Territorial issues</h1>
        <PanelExportButton panel="map" />
      </div>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        Who controls each territory of {negotiation.title}, and what each draft and each side proposes for it.
      </p>
      {preview && <PreviewBanner />}
      <FilterProblems problems={problems} />
      <TerritoryMap geometry={await getMapGeometry(negotiation.id)} data={serialize(data)} />
    </div>
  );
}
