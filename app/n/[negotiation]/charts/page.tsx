import type { Metadata } from "next";
import { KeyCharts } from "@/components/charts/key-charts";
import { getKeyChartsData } from "@/lib/charts";
import { PanelExportButton } from "@/components/export/panel-export-button";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Key figures" };

export default async function ChartsPage(props: NegotiationPageProps) {
  const { negotiation } = await pageNegotiation(props);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Key figures</h1>
        <PanelExportButton panel="charts" />
      </div>
      <KeyCharts {...await getKeyChartsData(negotiation.id)} />
    </div>
  );
}
