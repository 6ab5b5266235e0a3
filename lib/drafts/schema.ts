import { z } from "zod";
import { ALIGNMENT_RELATIONS } from "@/lib/domain/enums";
import { idParam, listParam } from "@/lib/http/query-params";

export const ROW_RELATIONS = [...ALIGNMENT_RELATIONS, "unaligned"] as const;

/** /compare?a=…&b=…&relation=…&issue=…&row=… */
export const compareFilterSchema = z.strictObject({
  a: idParam.optional(),
  b: idParam.optional(),
  relation: listParam(z.enum(ROW_RELATIONS, "an unknown relation")),
  issue: listParam(idParam),
  row: z.string().max(400).optional(),
  preview: z.literal("1").optional(),
});
export type CompareFilter = z.output<typeof compareFilterSchema>;
export const DEFAULT_COMPARE_FILTER: CompareFilter = compareFilterSchema.parse({});

/** The API needs both drafts named. */
export const compareQuerySchema = z.strictObject({
  a: idParam,
  b: idParam,
  relation: listParam(z.enum(ROW_RELATIONS, "an unknown relation")),
  issue: listParam(idParam),
  /** Editors' preview of unpublished drafts (ignored for everyone else). */
  preview: z.literal("1").optional(),
});

/** /drafts?point=… */
export const lineageFilterSchema = z.strictObject({ point: idParam.optional(), preview: z.literal("1").optional() });
