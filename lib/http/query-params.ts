// zod building blocks for filters carried in URLs (shared by pages and /api routes).
import { z } from "zod";

/** A list parameter: `?kind=a&kind=b` or `?kind=a,b`; empty means no filter. */
export function listParam<T extends z.ZodType>(item: T) {
  return z
    .preprocess((v) => {
      if (v === undefined || v === "") return [];
      const values = Array.isArray(v) ? v : [v];
      return values.flatMap((x) => String(x).split(",")).map((x) => x.trim()).filter(Boolean);
    }, z.array(item).max(50))
    .default([]);
}

export const idParam = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "not a valid id");
export const dateParam = z.iso.date("a date as YYYY-MM-DD");
export const pageParam = z.coerce.number().int("a whole number").min(1, "1 or more").default(1);
export const pageSizeParam = (max = 100, fallback = 20) => z.coerce.number().int().min(1).max(max, `at most ${max}`).default(fallback);

/** Serialises a filter back to a query string, leaving out defaults and empty values. */
export function toSearchParams(filter: Record<string, unknown>, defaults: Record<string, unknown> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === "" || value === defaults[key]) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else params.set(key, String(value));
  }
  return params;
}

/** URLSearchParams (or Next's searchParams object) as a plain record; repeated keys become arrays. */
export function searchParamsToRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      record[key] = all.length > 1 ? all : all[0];
    }
  } else {
    for (const [key, value] of Object.entries(params)) if (value !== undefined) record[key] = value;
  }
  return record;
}

/** Only the keys a filter schema knows: a page may carry several panels' filters side by side. */
export function pickKeys(schema: z.ZodObject, record: Record<string, string | string[]>): Record<string, string | string[]> {
  const keys = new Set(Object.keys(schema.shape));
  return Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key)));
}

/** Parses a page's searchParams: invalid filters fall back to the defaults, and the problems are reported. */
export function parsePageFilter<T extends z.ZodObject>(
  schema: T,
  params: Record<string, string | string[] | undefined>,
): { filter: z.output<T>; problems: string[] } {
  const parsed = schema.safeParse(pickKeys(schema, searchParamsToRecord(params)));
  if (parsed.success) return { filter: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "filter"}: ${i.message}`);
  return { filter: schema.parse({}), problems };
}
