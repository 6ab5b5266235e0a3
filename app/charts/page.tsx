import type { Metadata } from "next";
import { KeyCharts } from "@/components/charts/key-charts";
import { getKeyChartsData } from "@/lib/charts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Key figures" };

export default async function ChartsPage() {
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Key figures</h1>
      <KeyCharts {...await getKeyChartsData()} />
    </div>
  );
}
