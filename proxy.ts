// The gate in front of every page and API read: reading needs a signed-in user (or
// PUBLIC_READ=true for published content), the admin area needs an editor or admin.
// Each mutation checks its own permission again in its handler (lib/auth/viewer.ts authorize).
import { NextResponse, type NextRequest } from "next/server";
import { allows, forgetReadSessions, viewerForRead, viewerFromHeaders } from "@/lib/auth/viewer";
import type { Permission } from "@/lib/auth/permissions";
import { cachedPage, isCacheablePageRequest } from "@/lib/cache/pages";
import { isLegacyPath, legacyTarget } from "@/lib/negotiations/legacy";
import { firstCase } from "@/lib/negotiations/queries";
import { readerAudience } from "@/lib/negotiations/access";

/**
 * Reachable without a session: sign-in itself, health checks, the print routes (signed token)
 * and the export API (its handler checks the session, or the export CLI's one-time key).
 */
// Feeds are read with their own token (lib/updates/feeds.ts), checked by their handler.
const OPEN = [/^\/sign-in\b/, /^\/api\/auth\//, /^\/api\/health$/, /^\/feeds\/[^/]+$/, /^\/n\/[^/]+\/print\//, /^\/updates\/print$/, /^\/api\/export$/];

function permissionFor(pathname: string): Permission {
  return pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/api/admin/") ? "edit" : "read";
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const reading = request.method === "GET" || request.method === "HEAD";
  // Sign-out, revoke-sessions, an admin's change to an account: this instance stops reusing the
  // session lookups of the accounts concerned at once (other instances within READ_SESSION_TTL_MS).
  if (!reading && pathname.startsWith("/api/auth/")) forgetReadSessions(request.headers);
  if (!reading && pathname.startsWith("/api/admin/users/")) forgetReadSessions(request.headers, pathname.split("/")[4]);
  // Old addresses (before each negotiation had its own): permanently to the first case's same view.
  if (reading && isLegacyPath(pathname)) {
    const first = await firstCase();
    if (first) return NextResponse.redirect(new URL(legacyTarget(pathname, search, first.slug), request.url), 308);
  }
  if (OPEN.some((pattern) => pattern.test(pathname))) return NextResponse.next();

  const viewer = reading ? await viewerForRead(request.headers) : await viewerFromHeaders(request.headers);
  if (allows(viewer, permissionFor(pathname))) {
    if (isCacheablePageRequest(request)) return (await cachedPage(request, await readerAudience(viewer))) ?? NextResponse.next();
    return NextResponse.next();
  }

  if (pathname.startsWith("/api/")) {
    const [status, code, message] = viewer ? [403, "forbidden", `Your role (${viewer.role}) may not do this`] : [401, "unauthenticated", "Sign in to continue"];
    return NextResponse.json({ error: { code, message } }, { status });
  }
  // Signed in without the role: the page itself answers with the 403 page (app/forbidden.tsx).
  if (viewer) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", pathname + search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything except Next's own assets and the static files in public/.
  // (bench-*.html: the benchmark's static comparison pages, present only while it runs.)
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|geo/|bench-static.html|bench-print.html).*)"],
};
