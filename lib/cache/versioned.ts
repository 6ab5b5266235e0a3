import "server-only";
import { getContentVersion, listenForChanges } from "@/lib/freshness/queries";

// Read models change only when content changes, so each instance keeps query results in
// memory, tagged with the content version they were computed at. The version is one integer
// that database triggers move in every write's own transaction (lib/freshness/triggers.ts); it
// is re-read at most once per VERSION_TTL_MS (at once on PostgreSQL, which notifies), so a
// change through any instance, script or import retires every instance's cached results within
// that time: well inside the dashboard's 30-second promise. MAX_AGE_MS bounds any entry's life
// even so (e.g. after a database restored from a backup brings an old version number back).
const VERSION_TTL_MS = 1_000;
const MAX_AGE_MS = 5 * 60_000;
const MAX_ENTRIES = 500;

type Entry = { version: string; at: number; value: Promise<unknown> };
type State = { entries: Map<string, Entry>; version?: { value: Promise<string>; at: number } };
const g = globalThis as unknown as { parleyCache?: State };
const state: State = (g.parleyCache ??= { entries: new Map() });

export function currentVersion(): Promise<string> {
  listenForChanges(() => (state.version = undefined));
  const now = Date.now();
  if (!state.version || now - state.version.at > VERSION_TTL_MS) {
    const value = getContentVersion();
    state.version = { value, at: now };
    value.catch(() => (state.version = undefined));
  }
  return state.version.value;
}

/** `fn()`'s result for `key`, reused until the content version changes. */
export async function cached<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const version = await currentVersion();
  const hit = state.entries.get(key);
  if (hit && hit.version === version && Date.now() - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  const value = fn();
  state.entries.delete(key);
  state.entries.set(key, { version, at: Date.now(), value });
  value.catch(() => state.entries.delete(key));
  // Map keeps insertion order: drop the oldest entries beyond the bound.
  for (const oldest of state.entries.keys()) {
    if (state.entries.size <= MAX_ENTRIES) break;
    state.entries.delete(oldest);
  }
  return value;
}

/** Forget everything (tests, and after a write in this process so its own reader sees it at once). */
export function clearCache(): void {
  state.entries.clear();
  state.version = undefined;
}

/** Wraps a read query so its results are cached per arguments (see `cached`). */
export function cachedQuery<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => (process.env.PARLEY_QUERY_CACHE === "off" ? fn(...args) : cached(`${name}:${JSON.stringify(args)}`, () => fn(...args)));
}
