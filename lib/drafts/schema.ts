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
});
export type CompareFilter = z.output<typeof compareFilterSchema>;
export const DEFAULT_COMPARE_FILTER: CompareFilter = compareFilterSchema.parse({});

/** The API needs both drafts named. */
export const compareQuerySchema = z.strictObject({
  a: idParam,
  b: idParam,
  relation: listParam(z.enum(ROW_RELATIONS, "an unknown relation")),
  issue: listParam(idParam),
});

/** /drafts?point=… */
export const lineageFilterSchema = z.strictObject({ point: idParam.optional() });

/**
 * The comparison a reader sees first, when both drafts exist: for the first case, the leaked
 * 28-point plan against the 27-point document reviewed in Moscow. Otherwise the oldest and
 * the newest draft.
 */
export const PREFERRED_DEFAULT_PAIR = { a: "plan28", b: "moscow27" } as const;
