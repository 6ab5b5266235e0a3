import type { Metadata } from "next";
import { TerritoryMap } from "@/components/territories/territory-map";
import { FilterProblems } from "@/components/ui/states";
import { parsePageFilter } from "@/lib/http/query-params";
import { serialize } from "@/lib/json/serialized";
import { getMapGeometry } from "@/lib/territories/geometry";
import { getMapData } from "@/lib/territories/queries";
import { mapFilterSchema } from "@/lib/territories/schema";
import { PanelExportButton } from "@/components/export/panel-export-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Territorial issues" };

export default async function MapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { problems } = parsePageFilter(mapFilterSchema, await searchParams);
  const data = await getMapData();
  return (
    <div>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Territorial issues</h1>
        <PanelExportButton panel="map" />
      </div>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        Who controls each of Ukraine&apos;s 27 regions, and what each draft and each side proposes for it.
      </p>
      <FilterProblems problems={problems} />
      <TerritoryMap geometry={getMapGeometry()} data={serialize(data)} />
    </div>
  );
}
