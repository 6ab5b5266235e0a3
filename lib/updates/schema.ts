import { z } from "zod";
import { negotiationQuerySchema } from "@/lib/negotiations/schema";
import { pageParam } from "@/lib/http/query-params";
import { KINDS } from "@/lib/records";

// A real day: "2026-02-31" is refused, not read as 3 March.
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  }, "not a day of the calendar");

/** The start of a `since` day, UTC. */
export const sinceDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * /updates?since=YYYY-MM-DD&negotiation=<slug>&following=1: without `since`, from the reader's
 * last "mark all as read"; `following` narrows to what the reader follows.
 */
export const updatesFilterSchema = z.strictObject({
  since: day.optional(),
  negotiation: negotiationQuerySchema.shape.negotiation.optional(),
  following: z.enum(["1"], { error: "following=1 or nothing" }).optional(),
  page: pageParam,
});

/** Changes shown per page of /updates (the digest prints them all). */
export const UPDATES_PAGE_SIZE = 100;

/** The views that mark changes; a reader's visits to each are read marks too ("view <name> <negotiation>"). */
export const MARKED_VIEWS = ["positions", "map", "compare"] as const;

/** /api/updates/markers?negotiation=<slug>&view=<view>[&since=YYYY-MM-DD] */
export const markersQuerySchema = z.strictObject({
  negotiation: negotiationQuerySchema.shape.negotiation,
  view: z.enum(MARKED_VIEWS, { error: `One of: ${MARKED_VIEWS.join(", ")}` }).optional(),
  since: day.optional(),
});

const KIND_NAMES = Object.keys(KINDS) as [string, ...string[]];
/** The records a reader just opened, as the browser batches them. */
export const readMarksSchema = z.strictObject({
  records: z
    .array(z.strictObject({ type: z.enum([...KIND_NAMES, "view"], { error: "Not a kind of record" }), id: z.string().trim().min(1).max(200) }))
    .min(1, "Name at least one record")
    .max(200, "At most 200 records at a time"),
});
export type UpdatesFilter = z.output<typeof updatesFilterSchema>;

/** "Mark all as read" marks up to the moment the reader's page was made, never later. */
export const markReadSchema = z.strictObject({ until: z.iso.datetime({ message: "the time the page was shown" }) });
