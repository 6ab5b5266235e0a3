// The authorization matrix: every mutating route handler × {anonymous, analyst, editor, admin}.
// MUTATIONS is the one list; a second test finds every exported POST/PUT/PATCH/DELETE under
// app/api and fails when one is missing from it, so a new action cannot be forgotten.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can, type Permission } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/domain/enums";
import { loadSeed } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read";
import { addUser, sessionHeaders, signIn, TEST_ORIGIN } from "./support/auth";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");

type Method = "POST" | "PUT" | "PATCH" | "DELETE";
type RouteModule = Partial<Record<Method, (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>>>;
type Mutation = {
  /** The route file under app/api, as the file system names it. */
  route: keyof typeof ROUTES;
  method: Method;
  permission: Permission;
  url: string;
  params: Record<string, string>;
  body?: unknown;
};

const seed = readSeedData();
const card = seed.cards[0];
const actor = seed.actors[0];

/** Route modules by their folder under app/api (static imports, so the bundler sees them). */
const ROUTES = {
  "admin/[type]": () => import("@/app/api/admin/[type]/route"),
  "admin/[type]/[id]": () => import("@/app/api/admin/[type]/[id]/route"),
  "admin/[type]/[id]/status": () => import("@/app/api/admin/[type]/[id]/status/route"),
  "admin/[type]/[id]/restore": () => import("@/app/api/admin/[type]/[id]/restore/route"),
  "admin/import": () => import("@/app/api/admin/import/route"),
  "admin/users": () => import("@/app/api/admin/users/route"),
  "admin/users/[id]": () => import("@/app/api/admin/users/[id]/route"),
  "admin/users/[id]/sessions": () => import("@/app/api/admin/users/[id]/sessions/route"),
  export: () => import("@/app/api/export/route"),
} satisfies Record<string, () => Promise<unknown>>;

const MUTATIONS: Mutation[] = [
  { route: "admin/[type]", method: "POST", permission: "edit", url: "/api/admin/issues", params: { type: "issues" }, body: { title: "Matrix test", description: "x" } },
  { route: "admin/[type]/[id]", method: "PUT", permission: "edit", url: `/api/admin/cards/${card.id}`, params: { type: "cards", id: card.id }, body: { version: 99, data: {} } },
  { route: "admin/[type]/[id]", method: "DELETE", permission: "edit", url: `/api/admin/actors/${actor.id}?version=99`, params: { type: "actors", id: actor.id } },
  { route: "admin/[type]/[id]/status", method: "POST", permission: "publish", url: `/api/admin/cards/${card.id}/status`, params: { type: "cards", id: card.id }, body: { status: "in_review", version: 99 } },
  { route: "admin/[type]/[id]/restore", method: "POST", permission: "edit", url: `/api/admin/cards/${card.id}/restore`, params: { type: "cards", id: card.id }, body: { version: 1, revisionId: "none" } },
  { route: "admin/import", method: "POST", permission: "edit", url: "/api/admin/import?dryRun=true", params: {}, body: { format: "not parley" } },
  { route: "admin/users", method: "POST", permission: "manageUsers", url: "/api/admin/users", params: {}, body: { email: "not-an-email" } },
  { route: "admin/users/[id]", method: "PUT", permission: "manageUsers", url: "/api/admin/users/nobody", params: { id: "nobody" }, body: { role: "editor" } },
  { route: "admin/users/[id]/sessions", method: "DELETE", permission: "manageUsers", url: "/api/admin/users/nobody/sessions", params: { id: "nobody" } },
  // An unknown section: allowed callers get a 400 before any browser work.
  { route: "export", method: "POST", permission: "export", url: "/api/export", params: {}, body: { kind: "briefing", sections: ["appendix-z"] } },
];

/** better-auth's own endpoints check their own rules (a session for sign-out; none for sign-in). */
const DELEGATED = new Set(["auth/[...all] POST"]);

const cookies: Partial<Record<Role, string>> = {};

async function call(m: Mutation, cookie?: string, headers: Record<string, string> = {}) {
  const routeModule = (await ROUTES[m.route]()) as RouteModule;
  const request = new Request(TEST_ORIGIN + m.url, {
    method: m.method,
    headers: { host: new URL(TEST_ORIGIN).host, ...(cookie ? Object.fromEntries(sessionHeaders(cookie)) : {}), origin: TEST_ORIGIN, "content-type": "application/json", ...headers },
    body: m.body === undefined ? undefined : JSON.stringify(m.body),
  });
  return routeModule[m.method]!(request, { params: Promise.resolve(m.params) });
}

describe("authorization matrix", () => {
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    await loadSeed(t.db, seed);
    for (const role of ROLES) {
      const user = await addUser(t.db, role);
      cookies[role] = (await signIn((r) => getAuth().handler(r), user.email)).cookie;
    }
  });
  afterAll(async () => t.cleanup());

  it("lists every mutating route handler", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const source = readFileSync(full, "utf8");
          const route = path.relative(path.join("app", "api"), dir).split(path.sep).join("/");
          for (const method of ["POST", "PUT", "PATCH", "DELETE"]) if (new RegExp(`export const ${method}\\b|export async function ${method}\\b|\\b${method}\\b[^\\n]*\\} = `).test(source)) found.push(`${route} ${method}`);
        }
      }
    };
    walk(path.join("app", "api"));
    const listed = new Set([...MUTATIONS.map((m) => `${m.route} ${m.method}`), ...DELEGATED]);
    expect(found.filter((f) => !listed.has(f))).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(MUTATIONS.length);
  });

  for (const m of MUTATIONS) {
    describe(`${m.method} ${m.url}`, () => {
      it("refuses anonymous callers with 401 and writes nothing", async () => {
        const before = await t.db.revision.count();
        const response = await call(m);
        expect(response.status).toBe(401);
        expect(await t.db.revision.count()).toBe(before);
      });

      for (const role of ROLES) {
        const allowed = can(role, m.permission);
        it(`${allowed ? "lets" : "refuses"} ${role}s`, async () => {
          const before = await t.db.revision.count();
          const response = await call(m, cookies[role]);
          if (allowed) {
            expect([401, 403]).not.toContain(response.status);
            expect(response.status).toBeLessThan(500);
          } else {
            expect(response.status).toBe(403);
            expect(await t.db.revision.count()).toBe(before);
          }
        });
      }

      it("refuses the request from another site even with an editor's session", async () => {
        const response = await call(m, cookies.admin, { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
        expect(response.status).toBe(403);
        expect((await response.json()).error.code).toBe("cross_site");
      });
    });
  }

  it("PUBLIC_READ opens reading, never writing", async () => {
    vi.stubEnv("PUBLIC_READ", "true");
    try {
      const response = await call(MUTATIONS[0]);
      expect(response.status).toBe(401);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
