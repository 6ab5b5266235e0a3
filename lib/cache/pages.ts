import "server-only";
// Rendered reader pages, kept in memory and shared by every reader with the same audience: the
// proxy answers a page load from here when the content version has not changed since it was
// rendered (and the copy is under 30 s old, the dashboard's freshness promise). A miss renders
// the page through this same server (a loopback request the proxy lets through), stores the
// HTML and returns it. Pages hold nothing personal: only the reader's audience, their role and
// which restricted negotiations it hides (see app/layout.tsx, lib/negotiations/access.ts).
import type { NextRequest } from "next/server";
import { internalOrigin } from "@/lib/http/internal-origin";
import { currentVersion } from "./versioned";

export const RENDER_HEADER = "x-parley-render";
const MAX_AGE_MS = 30_000;
const MAX_BYTES = 64 * 1024 * 1024;
/** Paths whose pages differ per request in ways the key does not capture, or must never be stored (`/` follows the reader's cookie, `/updates` is the reader's own). */
const NEVER = /^\/(api|admin|print|sign-in|updates|_next)(\/|$)|^\/n\/[^/]+\/print(\/|$)|^\/$/;
/** The audience the page was rendered for (role and hidden negotiations), as the layout marks it (app/layout.tsx). */
const RENDERED_FOR = /<body[^>]* data-rendered-for="([^"]+)"/;
/**
 * React's marks of a boundary that failed on the server and was left for the client to retry: an
 * error's digest. A part rendered only in the browser on purpose (next/dynamic without SSR, the
 * lazy charts) leaves an empty digest or Next's bail-out one, and the page is complete.
 */
const FAILED_BOUNDARY = /data-dgst="(?!BAILOUT_TO_CLIENT_SIDE_RENDERING")[^"]+"|\$RX\(/;

/** The body is kept encoded, so a hit sends bytes without re-encoding the page. */
type Entry = { version: string; at: number; body: Uint8Array<ArrayBuffer>; contentType: string };
type State = { entries: Map<string, Entry>; bytes: number; pending: Map<string, Promise<Entry | null>> };
const g = globalThis as unknown as { parleyPages?: State };
const state: State = (g.parleyPages ??= { entries: new Map(), bytes: 0, pending: new Map() });

/** A full page load (not a client-side navigation, prefetch or the proxy's own render request). */
export function isCacheablePageRequest(request: NextRequest): boolean {
  if (process.env.PARLEY_PAGE_CACHE === "off") return false;
  if (request.method !== "GET" || NEVER.test(request.nextUrl.pathname)) return false;
  // An editor's preview is rendered for each request, never kept.
  if (request.nextUrl.searchParams.has("preview")) return false;
  const h = request.headers;
  return !h.has(RENDER_HEADER) && !h.has("rsc") && !h.has("next-router-prefetch") && !h.has("next-router-state-tree") && (h.get("accept") ?? "").includes("text/html");
}

function store(key: string, entry: Entry) {
  const old = state.entries.get(key);
  if (old) state.bytes -= old.body.byteLength;
  state.entries.delete(key);
  state.entries.set(key, entry);
  state.bytes += entry.body.byteLength;
  // Map keeps insertion order: drop the least recently stored beyond the bound.
  for (const [k, e] of state.entries) {
    if (state.bytes <= MAX_BYTES) break;
    state.entries.delete(k);
    state.bytes -= e.body.byteLength;
  }
}

/**
 * Whether a rendered page may be kept for every reader of `audience` (lib/negotiations/access.ts):
 * complete, without a failed part, rendered for exactly that audience (the render looks the
 * session up itself; if it saw another role or other named negotiations, e.g. changed a moment
 * ago, the page is not shared) and not a preview.
 */
export function isShareableRender(html: string, audience: string): boolean {
  return html.trimEnd().endsWith("</html>") && RENDERED_FOR.exec(html)?.[1] === audience && !FAILED_BOUNDARY.test(html) && !html.includes("data-preview=");
}

async function render(request: NextRequest, version: string, audience: string): Promise<Entry | null> {
  const url = `${internalOrigin()}${request.nextUrl.pathname}${request.nextUrl.search}`;
  const headers: Record<string, string> = { [RENDER_HEADER]: "1", accept: "text/html" };
  const cookie = request.headers.get("cookie");
  if (cookie) headers.cookie = cookie;
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = new Uint8Array(await response.arrayBuffer());
  // Only plain successful pages are shared: no errors, redirects or cookies being set.
  if (response.status !== 200 || response.headers.has("set-cookie")) return null;
  if (!isShareableRender(new TextDecoder().decode(body), audience)) return null;
  return { version, at: Date.now(), body, contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8" };
}

/** The page for this reader's audience, from memory when still current; null to let Next render it. */
export async function cachedPage(request: NextRequest, audience: string): Promise<Response | null> {
  const key = `${audience} ${request.nextUrl.pathname}${request.nextUrl.search}`;
  try {
    const version = await currentVersion();
    const hit = state.entries.get(key);
    const fresh = hit && hit.version === version && Date.now() - hit.at < MAX_AGE_MS;
    let entry = fresh ? hit : null;
    if (!entry) {
      // Concurrent misses for one key share one render.
      const pendingKey = `${key} ${version}`;
      let pending = state.pending.get(pendingKey);
      if (!pending) {
        pending = render(request, version, audience).finally(() => state.pending.delete(pendingKey));
        state.pending.set(pendingKey, pending);
      }
      entry = await pending;
      if (!entry) return null;
      store(key, entry);
    }
    return new Response(entry.body, { status: 200, headers: { "content-type": entry.contentType, "cache-control": "private, no-store", "x-parley-page-cache": fresh ? "hit" : "miss" } });
  } catch {
    // The loopback render failed (e.g. the server listens on another interface): render normally.
    return null;
  }
}
