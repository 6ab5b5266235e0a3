import { z } from "zod";
import { negotiationQuerySchema } from "@/lib/negotiations/schema";

// A real day: "2026-02-31" is refused, not read as 3 March.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  }, "not a day of the calendar");

/** /updates?since=YYYY-MM-DD&negotiation=<slug>: without `since`, from the reader's last "mark all as read". */
export const updatesFilterSchema = z.strictObject({
  since: day.optional(),
  negotiation: negotiationQuerySchema.shape.negotiation.optional(),
});
export type UpdatesFilter = z.output<typeof updatesFilterSchema>;

/** "Mark all as read" marks up to the moment the reader's page was made, never later. */
export const markReadSchema = z.strictObject({ until: z.iso.datetime({ message: "the time the page was shown" }) });
