import { z } from "zod";
import { TERRITORY_CODE } from "@/lib/records/kinds/territories";

export { TERRITORY_CODE };
const PREVIEW = z.literal("1").optional();

/** /map?layer=…&region=… */
export const mapFilterSchema = z.strictObject({
  layer: z
    .string()
    .regex(/^(control|draft:[A-Za-z0-9_-]{1,64}|bloc:[\p{L} .'-]{1,60})$/u, "control, draft:<id> or bloc:<name>")
    .default("control"),
  region: z.string().regex(TERRITORY_CODE, "a territory code such as FR-75 or an area id such as north-buffer-zone").optional(),
  /** Editors' preview of unpublished claims (ignored for everyone else). */
  preview: PREVIEW,
});
export type MapFilter = z.output<typeof mapFilterSchema>;
export const DEFAULT_MAP_FILTER: MapFilter = mapFilterSchema.parse({});

export const territoryCodeSchema = z.strictObject({ code: z.string().regex(TERRITORY_CODE, "a territory code such as FR-75 or an area id such as north-buffer-zone") });
