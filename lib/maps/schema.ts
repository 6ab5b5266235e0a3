// What an editor sends to upload a negotiation's map (validated at the API boundary, and used
// by the seed for its committed maps).
import { z } from "zod";

/** The largest geometry file accepted (GeoJSON or TopoJSON text). */
export const MAP_MAX_BYTES = 10 * 1024 * 1024;
/** The JSON request carries the file's text: allow for its escaping and the other fields. */
export const MAP_MAX_REQUEST_BYTES = Math.ceil(MAP_MAX_BYTES * 1.2) + 100_000;

const fileText = (label: string) =>
  z
    .string()
    .min(1, `Choose a ${label} file`)
    .refine((s) => Buffer.byteLength(s) <= MAP_MAX_BYTES, `The ${label} file is larger than ${MAP_MAX_BYTES / 1024 / 1024} MB`);

export const mapUploadSchema = z.object({
  name: z.string().trim().min(1, "Give the map a name").max(200),
  file: fileText("geometry"),
  /** The feature property that holds the territory code (e.g. "iso"). */
  codeProperty: z.string().trim().min(1, "Pick the property that holds the territory code").max(100),
  /** The feature property that holds a display name (a fallback when no territory matches). */
  nameProperty: z.string().trim().max(100).optional().transform((s) => s || undefined),
  /** Optional neighbouring countries, drawn grey. */
  context: z.string().optional().transform((s) => s || undefined).pipe(fileText("context").optional()),
  licence: z.string().trim().min(1, "Say under which licence the geometry may be used").max(500),
  attribution: z.string().trim().min(1, "Give the attribution the licence asks for").max(1000),
  sourceUrl: z.union([z.literal(""), z.url("A full URL, e.g. https://www.naturalearthdata.com/")]).optional().transform((s) => s || undefined),
});
export type MapUpload = z.infer<typeof mapUploadSchema>;
export type MapUploadInput = z.input<typeof mapUploadSchema>;
