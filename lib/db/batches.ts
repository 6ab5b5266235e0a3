// `IN (…)` lists in slices: the SQLite driver adapter refuses a query with more bound parameters
// than it supports (Prisma P2029), which a list of a thousand ids reaches.
export const IN_LIST_MAX = 500;

/** Runs `query` once per slice of `ids` and concatenates the answers. */
export async function inBatches<T>(ids: readonly string[], query: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_LIST_MAX) out.push(...(await query(ids.slice(i, i + IN_LIST_MAX))));
  return out;
}
