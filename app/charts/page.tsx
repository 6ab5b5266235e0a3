import type { Metadata } from "next";
import { KeyCharts } from "@/components/charts/key-charts";
import { getKeyChartsData } from "@/lib/charts";
import { PanelExportButton } from "@/components/export/panel-export-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Key figures" };

export default async function ChartsPage() {
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Key figures</h1>
        <PanelExportButton panel="charts" />
      </div>
      <KeyCharts {...await getKeyChartsData()} />
    </div>
  );
}
