"use client";
import dynamic from "next/dynamic";

const placeholder = () => <div className="h-full w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true" />;

// recharts is split out of the first load and arrives when a chart is on the page.
export const FigureBars = dynamic(() => import("./charts").then((m) => m.FigureBars), { ssr: false, loading: placeholder });
export const StanceStacks = dynamic(() => import("./charts").then((m) => m.StanceStacks), { ssr: false, loading: placeholder });
export const TerritoryShareBars = dynamic(() => import("./charts").then((m) => m.TerritoryShareBars), { ssr: false, loading: placeholder });
export const EventDots = dynamic(() => import("./charts").then((m) => m.EventDots), { ssr: false, loading: placeholder });
