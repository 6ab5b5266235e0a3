// The panels exportable on their own: each keeps the URL parameters of its page.
import { z } from "zod";
import { compareFilterSchema } from "@/lib/drafts/schema";
import { matrixFilterSchema } from "@/lib/positions/schema";
import { mapFilterSchema } from "@/lib/territories/schema";
import type { Panel } from "./options";

export const CHART_IDS = ["figures", "stances", "territories", "events"] as const;
/** How a panel export names the one chart it prints. */
export const CHART_TITLES: Record<(typeof CHART_IDS)[number], string> = {
  figures: "Key figures",
  stances: "Current stances per issue",
  territories: "Share of each territory held",
  events: "Timeline of events",
};

export const PANEL_EXPORTS: Record<Panel, { title: string; schema: z.ZodObject; wide?: boolean }> = {
  positions: { title: "Actor positions", schema: matrixFilterSchema.omit({ cell: true }) },
  map: { title: "Territorial issues", schema: mapFilterSchema.omit({ region: true }) },
  compare: { title: "Draft comparison", schema: compareFilterSchema.omit({ row: true }), wide: true },
  // Links shared before the key-figures chart was generic name it "army".
  charts: { title: "Key figures", schema: z.strictObject({ chart: z.preprocess((v) => (v === "army" ? "figures" : v), z.enum(CHART_IDS, { error: `chart is one of: ${CHART_IDS.join(", ")}` })).optional() }) },
};
