"use client";
// The key charts for print: recharts is part of the print page's own scripts instead of a
// chunk fetched after hydration, so the PDF waits less for the charts to draw.
import * as drawings from "@/components/charts/charts";
import { KeyCharts, type ChartDrawings, type KeyChartsData } from "@/components/charts/key-charts";

export function PrintCharts(data: KeyChartsData) {
  return <KeyCharts {...data} drawings={drawings as unknown as ChartDrawings} />;
}
