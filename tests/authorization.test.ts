// The authorization matrix: every route handler under app/api × {anonymous, analyst, editor,
// admin}, with the status each must answer written down as a literal table from the README's
// role table (analysts read and export; editors also edit, publish and read the audit log;
// admins also manage accounts) — not derived from the permission table under test. A second
// test finds every exported handler under app/api and fails when one is missing here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES, type Role } from "@/lib/domain/enums";
import { readSeedData } from "@/lib/seed/read";
import { addUser, sessionHeaders, signIn, TEST_ORIGIN } from "./support/auth";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type RouteModule = Partial<Record<Method, (r: Request, c: { params: Promise<never> }) => Promise<Response>>>;
type Who = "anonymous" | Role;
type Call = {
  /** The route file under app/api, as the file system names it. */
  route: keyof typeof ROUTES;
  method: Method;
  url: string;
  params: Record<string, string>;
  body?: unknown;
  /** The status each caller gets. */
  expect: Record<Who, number>;
};

const seed = readSeedData();
const card = seed.cards[0];
const actor = seed.actors[0];
/** The reader APIs name their negotiation. */
const N = `negotiation=${seed.negotiations[0].slug}`;

/** Route modules by their folder under app/api (static imports, so the bundler sees them). */
const ROUTES = {
  cards: () => import("@/app/api/cards/route"),
  compare: () => import("@/app/api/compare/route"),
  "compare/csv": () => import("@/app/api/compare/csv/route"),
  positions: () => import("@/app/api/positions/route"),
  "positions/csv": () => import("@/app/api/positions/csv/route"),
  "positions/history": () => import("@/app/api/positions/history/route"),
  territories: () => import("@/app/api/territories/route"),
  "territories/[code]": () => import("@/app/api/territories/[code]/route"),
  version: () => import("@/app/api/version/route"),
  "updates/count": () => import("@/app/api/updates/count/route"),
  "account/feed-token": () => import("@/app/api/account/feed-token/route"),
  "updates/markers": () => import("@/app/api/updates/markers/route"),
  follows: () => import("@/app/api/follows/route"),
  "read-marks": () => import("@/app/api/read-marks/route"),
  "admin/[type]/[id]/revisions/[revisionId]": () => import("@/app/api/admin/[type]/[id]/revisions/[revisionId]/route"),
  "admin/[type]": () => import("@/app/api/admin/[type]/route"),
  "admin/[type]/[id]": () => import("@/app/api/admin/[type]/[id]/route"),
  "admin/[type]/[id]/status": () => import("@/app/api/admin/[type]/[id]/status/route"),
  "admin/[type]/[id]/restore": () => import("@/app/api/admin/[type]/[id]/restore/route"),
  "admin/[type]/[id]/revisions": () => import("@/app/api/admin/[type]/[id]/revisions/route"),
  "admin/[type]/[id]/map": () => import("@/app/api/admin/[type]/[id]/map/route"),
  "admin/audit": () => import("@/app/api/admin/audit/route"),
  "admin/options": () => import("@/app/api/admin/options/route"),
  "admin/export": () => import("@/app/api/admin/export/route"),
  "admin/import": () => import("@/app/api/admin/import/route"),
  "admin/drafts/align": () => import("@/app/api/admin/drafts/align/route"),
  "admin/drafts/extract": () => import("@/app/api/admin/drafts/extract/route"),
  "admin/drafts/intake": () => import("@/app/api/admin/drafts/intake/route"),
  "admin/drafts/suggested": () => import("@/app/api/admin/drafts/suggested/route"),
  "admin/users": () => import("@/app/api/admin/users/route"),
  "admin/users/[id]": () => import("@/app/api/admin/users/[id]/route"),
  "admin/users/[id]/sessions": () => import("@/app/api/admin/users/[id]/sessions/route"),
  export: () => import("@/app/api/export/route"),
} satisfies Record<string, () => Promise<unknown>>;

//                                        anonymous analyst editor admin
const READ = { anonymous: 401, analyst: 200, editor: 200, admin: 200 };
const EDIT_READ = { anonymous: 401, analyst: 403, editor: 200, admin: 200 };

const CALLS: Call[] = [
  // Reads: every signed-in role; nobody without an account (PUBLIC_READ is off).
  { route: "cards", method: "GET", url: "/api/cards", params: {}, expect: READ },
  { route: "compare", method: "GET", url: `/api/compare?${N}&a=plan28&b=plan20`, params: {}, expect: READ },
  { route: "compare/csv", method: "GET", url: `/api/compare/csv?${N}&a=plan28&b=plan20`, params: {}, expect: READ },
  { route: "positions", method: "GET", url: `/api/positions?${N}`, params: {}, expect: READ },
  { route: "positions/csv", method: "GET", url: `/api/positions/csv?${N}`, params: {}, expect: READ },
  { route: "positions/history", method: "GET", url: `/api/positions/history?${N}&actor=${seed.positions[0].actorId}&issue=${seed.positions[0].issueId}`, params: {}, expect: READ },
  { route: "territories", method: "GET", url: `/api/territories?${N}`, params: {}, expect: READ },
  { route: "territories/[code]", method: "GET", url: `/api/territories/UA-14?${N}`, params: { code: "UA-14" }, expect: READ },
  { route: "version", method: "GET", url: "/api/version", params: {}, expect: READ },
  { route: "updates/count", method: "GET", url: "/api/updates/count", params: {}, expect: READ },
  // A reader's own feed address: every signed-in role, for themselves.
  { route: "account/feed-token", method: "GET", url: "/api/account/feed-token", params: {}, expect: READ },
  { route: "account/feed-token", method: "POST", url: "/api/account/feed-token", params: {}, body: {}, expect: { anonymous: 401, analyst: 201, editor: 201, admin: 201 } },
  { route: "account/feed-token", method: "DELETE", url: "/api/account/feed-token", params: {}, expect: { anonymous: 401, analyst: 200, editor: 200, admin: 200 } },
  { route: "updates/markers", method: "GET", url: `/api/updates/markers?${N}`, params: {}, expect: READ },
  { route: "follows", method: "GET", url: "/api/follows", params: {}, expect: READ },
  // Following an actor that does not exist: 404 for every reader; stopping to follow it: nothing removed.
  { route: "follows", method: "POST", url: "/api/follows", params: {}, body: { targetType: "actors", targetId: "nobody" }, expect: { anonymous: 401, analyst: 404, editor: 404, admin: 404 } },
  { route: "follows", method: "DELETE", url: "/api/follows?targetType=actors&targetId=nobody", params: {}, expect: READ },
  { route: "read-marks", method: "POST", url: "/api/read-marks", params: {}, body: { records: [{ type: "cards", id: card.id }] }, expect: { anonymous: 401, analyst: 204, editor: 204, admin: 204 } },
  // The admin area's reads: editors and admins.
  { route: "admin/[type]", method: "GET", url: "/api/admin/cards", params: { type: "cards" }, expect: EDIT_READ },
  { route: "admin/[type]/[id]", method: "GET", url: `/api/admin/cards/${card.id}`, params: { type: "cards", id: card.id }, expect: EDIT_READ },
  { route: "admin/[type]/[id]/revisions", method: "GET", url: `/api/admin/cards/${card.id}/revisions`, params: { type: "cards", id: card.id }, expect: EDIT_READ },
  { route: "admin/[type]/[id]/map", method: "GET", url: "/api/admin/negotiations/ukraine-2025/map", params: { type: "negotiations", id: "ukraine-2025" }, expect: EDIT_READ },
  { route: "admin/audit", method: "GET", url: "/api/admin/audit", params: {}, expect: EDIT_READ },
  { route: "admin/options", method: "GET", url: "/api/admin/options", params: {}, expect: EDIT_READ },
  { route: "admin/export", method: "GET", url: "/api/admin/export", params: {}, expect: EDIT_READ },
  { route: "admin/users", method: "GET", url: "/api/admin/users", params: {}, expect: { anonymous: 401, analyst: 403, editor: 403, admin: 200 } },
  // Changes. Allowed callers get the answer of the request itself: a created record (201), a
  // stale version (409), an unknown revision or account (404), a bad body (400).
  { route: "admin/[type]", method: "POST", url: "/api/admin/issues", params: { type: "issues" }, body: { negotiationId: "ukraine-2025", title: "Matrix test", description: "x" }, expect: { anonymous: 401, analyst: 403, editor: 201, admin: 201 } },
  { route: "admin/[type]/[id]", method: "PUT", url: `/api/admin/cards/${card.id}`, params: { type: "cards", id: card.id }, body: { version: 99, data: {} }, expect: { anonymous: 401, analyst: 403, editor: 400, admin: 400 } },
  { route: "admin/[type]/[id]", method: "DELETE", url: `/api/admin/actors/${actor.id}?version=99`, params: { type: "actors", id: actor.id }, expect: { anonymous: 401, analyst: 403, editor: 409, admin: 409 } },
  { route: "admin/[type]/[id]/status", method: "POST", url: `/api/admin/cards/${card.id}/status`, params: { type: "cards", id: card.id }, body: { status: "in_review", version: 99 }, expect: { anonymous: 401, analyst: 403, editor: 409, admin: 409 } },
  { route: "admin/[type]/[id]/restore", method: "POST", url: `/api/admin/cards/${card.id}/restore`, params: { type: "cards", id: card.id }, body: { version: 1, revisionId: "none" }, expect: { anonymous: 401, analyst: 403, editor: 404, admin: 404 } },
  { route: "admin/[type]/[id]/revisions/[revisionId]", method: "PATCH", url: `/api/admin/cards/${card.id}/revisions/none`, params: { type: "cards", id: card.id, revisionId: "none" }, body: { minor: true }, expect: { anonymous: 401, analyst: 403, editor: 404, admin: 404 } },
  { route: "admin/[type]/[id]/map", method: "POST", url: "/api/admin/negotiations/ukraine-2025/map", params: { type: "negotiations", id: "ukraine-2025" }, body: { file: "" }, expect: { anonymous: 401, analyst: 403, editor: 400, admin: 400 } },
  { route: "admin/[type]/[id]/map", method: "DELETE", url: "/api/admin/negotiations/nobody/map", params: { type: "negotiations", id: "nobody" }, expect: { anonymous: 401, analyst: 403, editor: 404, admin: 404 } },
  { route: "admin/import", method: "POST", url: "/api/admin/import?dryRun=true", params: {}, body: { format: "not parley" }, expect: { anonymous: 401, analyst: 403, editor: 400, admin: 400 } },
  // Draft intake: a proposal writes nothing (200); the others get a bad body (400, 415 for a non-multipart upload).
  { route: "admin/drafts/align", method: "POST", url: "/api/admin/drafts/align", params: {}, body: { base: { text: "1. One point.\n2. Another point." }, candidate: { text: "1. One point.\n2. A second point." } }, expect: { anonymous: 401, analyst: 403, editor: 200, admin: 200 } },
  { route: "admin/drafts/extract", method: "POST", url: "/api/admin/drafts/extract", params: {}, body: { file: "not multipart" }, expect: { anonymous: 401, analyst: 403, editor: 415, admin: 415 } },
  { route: "admin/drafts/intake", method: "POST", url: "/api/admin/drafts/intake", params: {}, body: { draft: {}, points: [] }, expect: { anonymous: 401, analyst: 403, editor: 400, admin: 400 } },
  { route: "admin/drafts/suggested", method: "POST", url: "/api/admin/drafts/suggested", params: {}, body: { links: [] }, expect: { anonymous: 401, analyst: 403, editor: 400, admin: 400 } },
  { route: "admin/users", method: "POST", url: "/api/admin/users", params: {}, body: { email: "not-an-email" }, expect: { anonymous: 401, analyst: 403, editor: 403, admin: 400 } },
  { route: "admin/users/[id]", method: "PUT", url: "/api/admin/users/nobody", params: { id: "nobody" }, body: { role: "editor" }, expect: { anonymous: 401, analyst: 403, editor: 403, admin: 404 } },
  { route: "admin/users/[id]/sessions", method: "DELETE", url: "/api/admin/users/nobody/sessions", params: { id: "nobody" }, expect: { anonymous: 401, analyst: 403, editor: 403, admin: 404 } },
  // An unknown section: allowed callers get a 400 before any browser work.
  { route: "export", method: "POST", url: "/api/export", params: {}, body: { kind: "briefing", sections: ["appendix-z"] }, expect: { anonymous: 401, analyst: 400, editor: 400, admin: 400 } },
];

/** better-auth's own endpoints check their own rules (a session for sign-out; none for sign-in); health is open. */
const DELEGATED = new Set(["auth/[...all] GET", "auth/[...all] POST", "health GET"]);
const MUTATING: Method[] = ["POST", "PUT", "PATCH", "DELETE"];

const cookies: Partial<Record<Role, string>> = {};

async function call(c: Call, cookie?: string, headers: Record<string, string> = {}) {
  const routeModule = (await ROUTES[c.route]()) as RouteModule;
  const request = new Request(TEST_ORIGIN + c.url, {
    method: c.method,
    headers: { host: new URL(TEST_ORIGIN).host, ...(cookie ? Object.fromEntries(sessionHeaders(cookie)) : {}), origin: TEST_ORIGIN, "content-type": "application/json", ...headers },
    body: c.body === undefined ? undefined : JSON.stringify(c.body),
  });
  return routeModule[c.method]!(request, { params: Promise.resolve(c.params) as Promise<never> });
}

describe("authorization matrix", () => {
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", { seeded: true });
    for (const role of ROLES) {
      const user = await addUser(t.db, role);
      cookies[role] = (await signIn((r) => getAuth().handler(r), user.email)).cookie;
    }
  });
  afterAll(async () => t.cleanup());

  it("lists every route handler", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const source = readFileSync(full, "utf8");
          const route = path.relative(path.join("app", "api"), dir).split(path.sep).join("/");
          for (const method of ["GET", ...MUTATING]) if (new RegExp(`export const ${method}\\b|export async function ${method}\\b|\\b${method}\\b[^\\n]*\\} = `).test(source)) found.push(`${route} ${method}`);
        }
      }
    };
    walk(path.join("app", "api"));
    const listed = new Set([...CALLS.map((c) => `${c.route} ${c.method}`), ...DELEGATED]);
    expect(found.filter((f) => !listed.has(f))).toEqual([]);
  });

  for (const c of CALLS) {
    describe(`${c.method} ${c.url}`, () => {
      for (const who of ["anonymous", ...ROLES] as Who[]) {
        it(`answers ${who === "anonymous" ? "an anonymous caller" : `an ${who}`} with ${c.expect[who]}${c.expect[who] >= 400 && MUTATING.includes(c.method) ? ", writing nothing" : ""}`, async () => {
          const before = await t.db.revision.count();
          const response = await call(c, who === "anonymous" ? undefined : cookies[who]);
          expect(response.status).toBe(c.expect[who]);
          if (c.expect[who] >= 400) expect(await t.db.revision.count()).toBe(before);
        });
      }

      if (MUTATING.includes(c.method)) {
        it("refuses the request from another site even with an admin's session", async () => {
          const response = await call(c, cookies.admin, { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
          expect(response.status).toBe(403);
          expect((await response.json()).error.code).toBe("cross_site");
        });
      }
    });
  }

  it("PUBLIC_READ opens reading, never writing", async () => {
    vi.stubEnv("PUBLIC_READ", "true");
    try {
      expect((await call(CALLS.find((c) => c.route === "positions")!)).status).toBe(200);
      expect((await call(CALLS.find((c) => c.route === "admin/[type]" && c.method === "POST")!)).status).toBe(401);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
