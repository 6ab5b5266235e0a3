// Calls the app's route handlers the way HTTP does — a Request with the session cookie, the
// Origin header and a JSON body — and answers with status and JSON. Used by the tests that go
// "through the HTTP API" without a server process; the e2e suite does the same over real HTTP.
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/domain/enums";
import { addUser, sessionHeaders, signIn, TEST_ORIGIN } from "./auth";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
type RouteModule = Partial<Record<Method, Handler>>;

/** The admin routes by their pattern under /api/admin (static imports, so the bundler sees them). */
const ROUTES: { pattern: RegExp; names: string[]; load: () => Promise<RouteModule> }[] = [
  { pattern: /^\/api\/admin\/([^/]+)\/([^/]+)\/status$/, names: ["type", "id"], load: () => import("@/app/api/admin/[type]/[id]/status/route") },
  { pattern: /^\/api\/admin\/([^/]+)\/([^/]+)\/restore$/, names: ["type", "id"], load: () => import("@/app/api/admin/[type]/[id]/restore/route") },
  { pattern: /^\/api\/admin\/([^/]+)\/([^/]+)\/revisions$/, names: ["type", "id"], load: () => import("@/app/api/admin/[type]/[id]/revisions/route") },
  { pattern: /^\/api\/admin\/([^/]+)\/([^/]+)\/map$/, names: ["type", "id"], load: () => import("@/app/api/admin/[type]/[id]/map/route") },
  { pattern: /^\/api\/admin\/audit$/, names: [], load: () => import("@/app/api/admin/audit/route") },
  { pattern: /^\/api\/admin\/users\/([^/]+)$/, names: ["id"], load: () => import("@/app/api/admin/users/[id]/route") },
  { pattern: /^\/api\/admin\/import$/, names: [], load: () => import("@/app/api/admin/import/route") },
  { pattern: /^\/api\/admin\/export$/, names: [], load: () => import("@/app/api/admin/export/route") },
  { pattern: /^\/api\/admin\/drafts\/align$/, names: [], load: () => import("@/app/api/admin/drafts/align/route") },
  { pattern: /^\/api\/admin\/drafts\/extract$/, names: [], load: () => import("@/app/api/admin/drafts/extract/route") },
  { pattern: /^\/api\/admin\/drafts\/intake$/, names: [], load: () => import("@/app/api/admin/drafts/intake/route") },
  { pattern: /^\/api\/admin\/drafts\/suggested$/, names: [], load: () => import("@/app/api/admin/drafts/suggested/route") },
  { pattern: /^\/api\/admin\/([^/]+)\/([^/]+)$/, names: ["type", "id"], load: () => import("@/app/api/admin/[type]/[id]/route") },
  { pattern: /^\/api\/admin\/([^/]+)$/, names: ["type"], load: () => import("@/app/api/admin/[type]/route") },
];

export type ApiResponse<T = any> = { status: number; body: T }; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape

export type Api = {
  get: (url: string) => Promise<ApiResponse>;
  post: (url: string, body?: unknown) => Promise<ApiResponse>;
  put: (url: string, body?: unknown) => Promise<ApiResponse>;
  del: (url: string) => Promise<ApiResponse>;
};

/** A JSON body, or a file sent as multipart/form-data in the field `file`. */
type Body = unknown | { file: { name: string; bytes: Uint8Array } };
const isUpload = (body: Body): body is { file: { name: string; bytes: Uint8Array } } => typeof body === "object" && body !== null && "file" in body && (body as { file: unknown }).file instanceof Object && "bytes" in (body as { file: object }).file;

export async function callRoute(method: Method, url: string, cookie: string | undefined, body?: Body): Promise<ApiResponse> {
  const { pathname } = new URL(url, TEST_ORIGIN);
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const handler = (await route.load())[method];
    if (!handler) return { status: 405, body: null };
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    const form = isUpload(body) ? new FormData() : null;
    if (form && isUpload(body)) form.append("file", new File([body.file.bytes as Uint8Array<ArrayBuffer>], body.file.name));
    const request = new Request(TEST_ORIGIN + url, {
      method,
      // A FormData body sets its own multipart content type with the boundary.
      headers: { ...(cookie ? Object.fromEntries(sessionHeaders(cookie)) : { host: new URL(TEST_ORIGIN).host }), origin: TEST_ORIGIN, ...(form ? {} : { "content-type": "application/json" }) },
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const response = await handler(request, { params: Promise.resolve(params) as Promise<never> });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }
  throw new Error(`no route for ${url}`);
}

/** An account of `role` in `db`, signed in through better-auth's own endpoint, and its API. */
export async function apiAs(db: Db, role: Role, handler: (request: Request) => Promise<Response>, email = `${role}-api@parley.test`): Promise<Api & { userId: string }> {
  const user = await addUser(db, role, email);
  const { cookie } = await signIn(handler, user.email);
  return {
    userId: user.id,
    get: (url) => callRoute("GET", url, cookie),
    post: (url, body) => callRoute("POST", url, cookie, body),
    put: (url, body) => callRoute("PUT", url, cookie, body),
    del: (url) => callRoute("DELETE", url, cookie),
  };
}
