import { z } from "zod";
import { idParam, listParam } from "@/lib/http/query-params";

/** /positions?bloc=…&issue=…&cell=actor:issue — the matrix's filters and the open drawer. */
export const matrixFilterSchema = z.strictObject({
  bloc: listParam(z.string().trim().min(1).max(60)),
  issue: listParam(idParam),
  cell: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/, "actor:issue")
    .optional(),
  /** Editors' preview of unpublished stances (ignored for everyone else). */
  preview: z.literal("1").optional(),
});
export type MatrixFilter = z.output<typeof matrixFilterSchema>;
export const DEFAULT_MATRIX_FILTER: MatrixFilter = matrixFilterSchema.parse({});

/** /api/positions/history?actor=…&issue=… */
export const historyQuerySchema = z.strictObject({ actor: idParam, issue: idParam, preview: z.literal("1").optional() });
