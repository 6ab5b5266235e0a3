"use client";
// Keeps a view's filter in the URL, so every view can be shared and reloaded as it was.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { z } from "zod";
import { pickKeys, searchParamsToRecord, toSearchParams } from "@/lib/http/query-params";

/** Reads and writes the keys of `schema` in the URL, leaving other panels' keys alone. */
export function useUrlFilter<S extends z.ZodObject>(schema: S, defaults: z.output<S>) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();

  const filter = useMemo(() => {
    const parsed = schema.safeParse(pickKeys(schema, searchParamsToRecord(new URLSearchParams(searchParams.toString()))));
    return parsed.success ? parsed.data : defaults;
  }, [schema, defaults, searchParams]);

  const setFilter = useCallback(
    (patch: Partial<z.output<S>>, options: { resetPage?: boolean } = { resetPage: true }) => {
      const next = { ...filter, ...patch } as Record<string, unknown>;
      if (options.resetPage && !("page" in patch) && "page" in next) next.page = 1;
      const params = new URLSearchParams(searchParams.toString());
      for (const key of Object.keys(schema.shape)) params.delete(key);
      for (const [key, value] of toSearchParams(next, defaults as Record<string, unknown>)) params.set(key, value);
      const query = params.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [filter, defaults, pathname, router, schema, searchParams],
  );

  /** Back to the defaults: every key of this filter leaves the URL. */
  const resetFilter = useCallback(() => {
    const params = new URLSearchParams(searchParams.toString());
    for (const key of Object.keys(schema.shape)) params.delete(key);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [pathname, router, schema, searchParams]);

  return [filter, setFilter, resetFilter] as const;
}
