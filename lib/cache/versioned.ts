import "server-only";
import { getContentVersion } from "@/lib/freshness/queries";

// Read models change only when an editor saves, so each instance keeps query results in
// memory, tagged with the content version they were computed at. The version is read from
// the database (at most once per VERSION_TTL_MS), so a save through any instance retires every
// instance's cached results within that time: well inside the dashboard's 30-second promise.
const VERSION_TTL_MS = 1_000;
const MAX_ENTRIES = 500;

type Entry = { version: string; value: Promise<unknown> };
type State = { entries: Map<string, Entry>; version?: { value: Promise<string>; at: number } };
const g = globalThis as unknown as { parleyCache?: State };
const state: State = (g.parleyCache ??= { entries: new Map() });

export function currentVersion(): Promise<string> {
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
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = fn();
  state.entries.delete(key);
  state.entries.set(key, { version, value });
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
