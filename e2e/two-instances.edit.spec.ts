// Scale-out: two `next start` instances on different ports share one PostgreSQL database.
// A session made on A works on B, an edit through A shows through B within the freshness
// bound, and failed sign-ins are counted across both. Needs TEST_POSTGRES_URL (CI sets it);
// without it the test is skipped with the reason, and with CI=true it fails instead.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/prepare";
import { parseDatabaseUrl } from "../lib/db/url";
import { loadSeed } from "../lib/seed/load";
import { readSeedData } from "../lib/seed/read";
import { createUser, generatePassword } from "../lib/users/accounts";
import { adminQuery, withDatabase } from "../tests/support/pg-admin";
import { SIGN_IN_RATE_LIMIT } from "../lib/auth/limits";
import { freePort } from "../scripts/lib/ports";

const SERVER = process.env.TEST_POSTGRES_URL?.trim();
const REASON = "TEST_POSTGRES_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/postgres)";
/** Chosen when the test starts: free ports, so a stray server from an aborted run cannot answer. */
const PORTS: number[] = [];
const SECRET = "two-instance-e2e-secret-not-for-deployments";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const seed = readSeedData();
let database = "";
const editor = { email: "editor@two.parley.test", password: generatePassword() };
const servers: ChildProcess[] = [];
const base = (i: number) => `http://127.0.0.1:${PORTS[i]}`;

async function waitForHealth(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not start`);
}

test.beforeAll(async () => {
  // Migrating and seeding a fresh PostgreSQL database and starting two servers: well over the
  // default 30 s on a busy two-core machine.
  test.setTimeout(240_000);
  if (!SERVER) {
    if (process.env.CI === "true") throw new Error(`CI=true requires PostgreSQL, but ${REASON}`);
    return;
  }
  database = `parley_e2e_${randomBytes(4).toString("hex")}`;
  await adminQuery(SERVER, `CREATE DATABASE ${database}`);
  const url = withDatabase(SERVER, database);
  const target = parseDatabaseUrl(url);
  migrateDatabase(target);
  const db = createPrismaClient(target);
  try {
    await loadSeed(db, seed);
    await createUser(db, { ...editor, name: "Two-instance editor", role: "editor" });
  } finally {
    await db.$disconnect();
  }
  while (PORTS.length < 2) {
    const port = await freePort();
    if (!PORTS.includes(port)) PORTS.push(port);
  }
  for (const port of PORTS) {
    servers.push(
      spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
        env: { ...process.env, DATABASE_URL: url, BETTER_AUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      }),
    );
  }
  // If the worker ends without afterAll (a timeout), the servers must not outlive it.
  process.once("exit", () => servers.forEach((server) => server.kill("SIGKILL")));
  await Promise.all(PORTS.map((_, i) => waitForHealth(base(i))));
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  for (const server of servers) server.kill("SIGTERM");
  if (SERVER && database) {
    await new Promise((r) => setTimeout(r, 500));
    await adminQuery(SERVER, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
});

async function signIn(request: APIRequestContext, i: number, password = editor.password) {
  return request.post(`${base(i)}/api/auth/sign-in/email`, { data: { email: editor.email, password }, headers: { origin: base(i) } });
}

test(SERVER ? "a session made on A works on B, and an edit through A shows through B" : `two instances on PostgreSQL (skipped: ${REASON})`, async ({ playwright }) => {
  test.skip(!SERVER, REASON);
  const request = await playwright.request.newContext();
  expect((await signIn(request, 0)).status()).toBe(200);
  // The cookie from A, sent to B (same host, another port: cookies do not depend on the port).
  const me = await request.get(`${base(1)}/api/cards?pageSize=1`);
  expect(me.status()).toBe(200);

  const card = seed.cards.find((c) => c.status === "published")!;
  const opened = await (await request.get(`${base(0)}/api/admin/cards/${card.id}`)).json();
  const title = `${card.title} (edited through A)`;
  const saved = await request.put(`${base(0)}/api/admin/cards/${card.id}`, { data: { version: opened.version, data: { ...opened.input, title } }, headers: { origin: base(0) } });
  expect(saved.status()).toBe(200);

  // B serves it within the dashboard's 30-second freshness bound.
  const started = Date.now();
  await expect
    .poll(async () => ((await (await request.get(`${base(1)}/api/cards?q=${encodeURIComponent("edited through A")}`)).json()) as { total: number }).total, { timeout: 30_000 })
    .toBe(1);
  test.info().annotations.push({ type: "visible on B after", description: `${Date.now() - started} ms` });

  // Signing out on B ends the session on A too: at once for changes, within the reused-lookup
  // time (READ_SESSION_TTL_MS, 2 s) for reads. The old cookie is replayed on purpose.
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const replay = await playwright.request.newContext({ extraHTTPHeaders: { cookie } });
  expect((await replay.get(`${base(0)}/api/cards?pageSize=1`)).status()).toBe(200);
  expect((await request.post(`${base(1)}/api/auth/sign-out`, { headers: { origin: base(1) }, data: {} })).status()).toBe(200);
  const change = await replay.put(`${base(0)}/api/admin/cards/${card.id}`, { data: { version: 99, data: {} }, headers: { origin: base(0) } });
  expect(change.status()).toBe(401);
  await expect.poll(async () => (await replay.get(`${base(0)}/api/cards?pageSize=1`)).status(), { timeout: 5_000 }).toBe(401);
  await replay.dispose();
  await request.dispose();
});

test(SERVER ? "failed sign-ins are counted across instances" : `shared login rate limit (skipped: ${REASON})`, async ({ playwright }) => {
  test.skip(!SERVER, REASON);
  const request = await playwright.request.newContext();
  // Alternate between the instances. Counted per instance, each would allow `max` attempts
  // (2 × max in all); counted in the shared database, the limit is reached after `max` in all
  // (the sign-in of the test before counts too, so possibly one earlier).
  const statuses: number[] = [];
  for (let i = 0; i < 2 * SIGN_IN_RATE_LIMIT.max; i++) {
    const status = (await signIn(request, i % 2, "wrong password, wrong")).status();
    statuses.push(status);
    if (status === 429) break;
  }
  expect(statuses.at(-1)).toBe(429);
  expect(statuses.length).toBeLessThanOrEqual(SIGN_IN_RATE_LIMIT.max + 1);
  expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
  // The next attempt is refused whichever instance it reaches.
  expect((await signIn(request, 0)).status()).toBe(429);
  expect((await signIn(request, 1)).status()).toBe(429);
  await request.dispose();
});
