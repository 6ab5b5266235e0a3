import "server-only";
import { timingSafeEqual } from "node:crypto";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { ROLES, type Role } from "@/lib/domain/enums";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/http/handler";
import { ownOrigins } from "./origin";
import { can, type Permission } from "./permissions";
import { getAuth } from "./server";
import { editorNegotiations } from "@/lib/users/scope";

export type Viewer = { id: string; email: string; name: string; role: Role; /** Set by authorizeUser for editors limited to some negotiations. */ negotiations?: string[] | null };

/** The signed-in user behind these request headers, or null (no session, expired, or deactivated). */
export async function viewerFromHeaders(requestHeaders: Headers): Promise<Viewer | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string; banned?: boolean | null };
  if (user.banned) return null;
  const role = ROLES.find((r) => r === user.role) ?? "analyst";
  return { id: user.id, email: user.email, name: user.name, role };
}

/**
 * Reads may reuse a session lookup for READ_SESSION_TTL_MS: the session lookup was most of the
 * cost of serving a cached page. So a revoked session or changed role stops reads on every
 * instance within that time; mutations never use this (authorize looks the session up afresh).
 */
export const READ_SESSION_TTL_MS = 2_000;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]+)/;
const g = globalThis as unknown as { parleyReadSessions?: Map<string, { viewer: Viewer | null; at: number }> };
const readSessions = (g.parleyReadSessions ??= new Map());

export async function viewerForRead(requestHeaders: Headers): Promise<Viewer | null> {
  const token = SESSION_COOKIE.exec(requestHeaders.get("cookie") ?? "")?.[1];
  if (!token) return viewerFromHeaders(requestHeaders);
  const now = Date.now();
  const hit = readSessions.get(token);
  if (hit && now - hit.at < READ_SESSION_TTL_MS) return hit.viewer;
  const viewer = await viewerFromHeaders(requestHeaders);
  readSessions.delete(token);
  readSessions.set(token, { viewer, at: now });
  if (readSessions.size > 10_000) readSessions.delete(readSessions.keys().next().value!);
  return viewer;
}

/**
 * After a session or account change through this instance, forget the reused lookups it
 * concerns at once: those of the requester's own account (sign-out, sign out everywhere), or of
 * the account an admin changed. A request without a session forgets nothing, so anonymous
 * requests cannot make every reader's next page load look its session up again.
 */
export function forgetReadSessions(requestHeaders: Headers, changedUserId?: string): void {
  const token = SESSION_COOKIE.exec(requestHeaders.get("cookie") ?? "")?.[1];
  const own = token ? readSessions.get(token)?.viewer?.id : undefined;
  if (token) readSessions.delete(token);
  const forget = new Set([own, changedUserId].filter((id): id is string => !!id));
  if (!forget.size) return;
  for (const [key, entry] of readSessions) if (entry.viewer && forget.has(entry.viewer.id)) readSessions.delete(key);
}

/** The viewer of the page being rendered (one session lookup per request). */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerFromHeaders(await headers()));

/** Anonymous readers may read published content only when PUBLIC_READ is on. */
export const publicRead = () => readEnv().PUBLIC_READ;

/** Whether this viewer (or an anonymous reader) holds the permission. */
export function allows(viewer: Viewer | null, permission: Permission): boolean {
  if (!viewer) return (permission === "read" || permission === "export") && publicRead();
  return can(viewer.role, permission);
}

/**
 * For server components: the viewer, when allowed; otherwise a redirect to sign-in (anonymous)
 * or the 403 page (signed in without the role).
 */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<Viewer | null> {
  const viewer = await getViewer();
  if (allows(viewer, permission)) return viewer;
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  forbidden();
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cross-site request forgery guard for our own mutating routes: a browser always sends Origin
 * (and Sec-Fetch-Site) on such requests, and they must name this site. Scripts that send
 * neither are not browsers and carry no ambient cookies of a victim.
 */
export function assertSameOrigin(request: Request): void {
  if (!MUTATING.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError(403, "cross_site", "Cross-site requests are refused");
  const origin = request.headers.get("origin");
  if (origin && !ownOrigins(request).includes(origin)) throw new AppError(403, "cross_site", "Cross-site requests are refused");
}

/**
 * For route handlers: the one check every action makes. Refuses cross-site mutations, then
 * answers 401 without a session and 403 without the permission.
 */
export async function authorize(request: Request, permission: Permission): Promise<Viewer | null> {
  assertSameOrigin(request);
  const viewer = await viewerFromHeaders(request.headers);
  if (allows(viewer, permission)) return viewer;
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to continue");
  throw new AppError(403, "forbidden", `Your role (${viewer.role}) may not do this`);
}

/**
 * For read handlers (defence in depth behind the proxy): the same rule, with the session lookup
 * reused for reads (see viewerForRead), so checking again costs nothing extra.
 */
export async function authorizeRead(request: Request, permission: "read" | "export" = "read"): Promise<Viewer | null> {
  const viewer = await viewerForRead(request.headers);
  if (allows(viewer, permission)) return viewer;
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to continue");
  throw new AppError(403, "forbidden", `Your role (${viewer.role}) may not do this`);
}

/** What a reader may see: unpublished content too only for an editor who asks (?preview=1). */
export function visibilityFor(viewer: Viewer | null, request: Request): "published" | "all" {
  return new URL(request.url).searchParams.get("preview") === "1" && can(viewer?.role, "edit") ? "all" : "published";
}

/**
 * As authorize, for actions that always need a signed-in user (every mutation). An editor's
 * negotiations come with it (read afresh, like the session), so the write layer can hold them
 * to the negotiations they may change.
 */
export async function authorizeUser(request: Request, permission: Permission): Promise<Viewer> {
  const viewer = await authorize(request, permission);
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to continue");
  return viewer.role === "editor" ? { ...viewer, negotiations: await editorNegotiations(viewer.id) } : viewer;
}

/**
 * Export permission, also granted to the export CLI: `npm run export` starts its own server with
 * a one-time PARLEY_CLI_EXPORT_KEY and presents it as a bearer token (never set otherwise).
 */
export async function authorizeExport(request: Request): Promise<{ viewer: Viewer | null; cli: boolean }> {
  const key = process.env.PARLEY_CLI_EXPORT_KEY;
  const presented = request.headers.get("authorization")?.replace(/^Bearer /, "");
  if (key && key.length >= 32 && presented && presented.length === key.length && timingSafeEqual(Buffer.from(presented), Buffer.from(key))) return { viewer: null, cli: true };
  return { viewer: await authorize(request, "export"), cli: false };
}
