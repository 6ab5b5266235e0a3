// npm run bench — server-side speed of the dashboard, measured side by side in one run and
// reported as ratios (never as timed assertions in the tests):
//  - p50/p99 and throughput of /, /positions, /compare and an /api read, at seed size and at 10×,
//    against a static page of similar size served by the same server in the same run;
//  - the same reads on PostgreSQL with one and with two instances (when a server is reachable);
//  - first-load JS of / (gzip), summed from Next's route bundle stats.
// Options: --duration <s> (default 8), --connections <n> (default 8), --skip-postgres.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { copyDatabase } from "@/lib/db/copy";
import { migrateDatabase, SetupError } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";
import { loadSeed } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read";
import { firstCaseSeed } from "@/lib/seed/scope";
import { scaleUp } from "@/lib/seed/scale";
import { createUser } from "@/lib/users/accounts";
import { isBuildCurrent } from "./lib/build";
import { benchPdf } from "./lib/bench-pdf";
import { makeUnreadChanges } from "./lib/bench-updates";
import { runScript } from "./lib/cli";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "8" },
    "skip-postgres": { type: "boolean", default: false },
    "skip-pdf": { type: "boolean", default: false },
    "only-pdf": { type: "boolean", default: false },
  },
});
const DURATION = Number(opts.duration);
const CONNECTIONS = Number(opts.connections);
const STATIC_PATH = "/bench-static.html";
// The first case's views (the old /positions, /compare … only redirect there now).
const FIRST_CASE = firstCaseSeed(readSeedData()).negotiations[0].slug;
const URLS = ["/", `/n/${FIRST_CASE}`, `/n/${FIRST_CASE}/positions`, `/n/${FIRST_CASE}/compare`, `/api/positions?negotiation=${FIRST_CASE}`, STATIC_PATH];
/** A reader's catch-up with UNREAD changes waiting (10× data): the updates page and the header's count, one reader at a time. */
const UPDATES_URLS = ["/updates", "/api/updates/count", STATIC_PATH];
const UNREAD = 1000;

type Result = { scenario: string; url: string; p50: number; p99: number; rps: number; errors: number };

/** Readers are signed in: every measured request carries a session cookie and pays for its lookup. */
const BENCH_ACCOUNT = { email: "bench@parley.test", password: "bench-password-not-secret", name: "Bench reader", role: "analyst" as const };
const BENCH_SECRET = "bench-only-secret-not-for-deployments";
let cookie = "";

async function signIn(port: number): Promise<string> {
  const origin = `http://127.0.0.1:${port}`;
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: BENCH_ACCOUNT.email, password: BENCH_ACCOUNT.password }),
  });
  if (!response.ok) throw new SetupError(`signing the bench reader in failed (${response.status})`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function startServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: BENCH_SECRET, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...extraEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new SetupError(`next start on port ${port} did not become healthy`);
}

function load(url: string, connections: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    // As a browser loads a page: with its session cookie and asking for HTML.
    autocannon({ url, connections, duration: DURATION, headers: { cookie, accept: "text/html,application/xhtml+xml" } }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Loads every URL on the given instances (connections split between them), one URL at a time. */
async function measure(scenario: string, ports: number[], urls = URLS, connections = CONNECTIONS): Promise<Result[]> {
  const results: Result[] = [];
  for (const url of urls) {
    // Warm-up: compile caches and connection pools.
    for (const port of ports) for (let i = 0; i < 5; i++) await fetch(`http://127.0.0.1:${port}${url}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
    const runs = await Promise.all(ports.map((port) => load(`http://127.0.0.1:${port}${url}`, Math.max(1, Math.round(connections / ports.length)))));
    results.push({
      scenario,
      url,
      p50: Math.max(...runs.map((r) => r.latency.p50)),
      p99: Math.max(...runs.map((r) => r.latency.p99)),
      rps: runs.reduce((n, r) => n + r.requests.average, 0),
      errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
    });
    console.log(`  ${scenario} ${url}: p50 ${results.at(-1)!.p50} ms, ${Math.round(results.at(-1)!.rps)} req/s`);
  }
  return results;
}

async function withServers<T>(databaseUrl: string, ports: number[], fn: () => Promise<T>): Promise<T> {
  const servers: ChildProcess[] = [];
  try {
    for (const port of ports) servers.push(await startServer(databaseUrl, port));
    cookie = await signIn(ports[0]);
    return await fn();
  } finally {
    for (const s of servers) s.kill();
    await new Promise((r) => setTimeout(r, 500));
  }
}

function firstLoadJs(route: string): number {
  const stats = JSON.parse(readFileSync(path.join(".next", "diagnostics", "route-bundle-stats.json"), "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) throw new SetupError(`no bundle stats for ${route}`);
  return entry.firstLoadChunkPaths.reduce((n, file) => n + gzipSync(readFileSync(file)).length, 0);
}

await runScript(async () => {
  if (!isBuildCurrent()) throw new SetupError("the build is missing or stale: run npm run build (or npm start once) first");
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-bench-"));
  const staticFile = path.join("public", STATIC_PATH.slice(1));
  const results: Result[] = [];
  let pgDatabase: string | null = null;
  const pgServer = opts["skip-postgres"] ? undefined : (process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL);
  try {
    console.log("Preparing databases");
    const seed = readSeedData();
    const seedUrl = `file:${path.join(dir, "seed.db")}`;
    const tenXUrl = `file:${path.join(dir, "ten-x.db")}`;
    for (const url of [seedUrl, tenXUrl]) {
      const target = parseDatabaseUrl(url);
      migrateDatabase(target);
      const db = createPrismaClient(target);
      await loadSeed(db, seed);
      await createUser(db, BENCH_ACCOUNT);
      if (url === tenXUrl) {
        await scaleUp(db);
        console.log(`  ${await makeUnreadChanges(db, UNREAD)} changes unread by the bench reader (10×)`);
      }
      await db.$disconnect();
    }

    // The static comparison page: as many bytes of HTML as the dashboard's.
    const dashboardBytes = await withServers(seedUrl, [3301], async () => (await (await fetch(`http://127.0.0.1:3301/n/${FIRST_CASE}`, { headers: { cookie } })).arrayBuffer()).byteLength);
    mkdirSync(path.dirname(staticFile), { recursive: true });
    writeFileSync(staticFile, `<!doctype html><html><body><pre>${"x".repeat(Math.max(0, dashboardBytes - 60))}</pre></body></html>`);

    let pdfLines: string[] = [];
    if (!opts["skip-pdf"]) {
      console.log("PDF export, seed size");
      // The first case's latest published briefing (the export names its negotiation).
      const slug = firstCaseSeed(seed).briefings.filter((b) => b.status === "published").sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""))[0].slug;
      pdfLines = await benchPdf((port, env) => startServer(seedUrl, port, env), () => signIn(3303), FIRST_CASE, slug);
      console.log(pdfLines.join("\n"));
      if (opts["only-pdf"]) return;
    }

    console.log("SQLite, seed size");
    results.push(...(await withServers(seedUrl, [3301], () => measure("SQLite seed", [3301]))));
    console.log("SQLite, 10× data");
    results.push(...(await withServers(tenXUrl, [3301], () => measure("SQLite 10×", [3301]))));
    console.log(`SQLite, 10× data, a reader with ${UNREAD} unread changes (1 connection)`);
    results.push(...(await withServers(tenXUrl, [3301], () => measure("Updates 10×", [3301], UPDATES_URLS, 1))));

    if (pgServer) {
      pgDatabase = `parley_bench_${randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: pgServer });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${pgDatabase}`);
      await admin.end();
      const u = new URL(pgServer);
      u.pathname = `/${pgDatabase}`;
      const pgUrl = u.toString();
      migrateDatabase(parseDatabaseUrl(pgUrl));
      const from = createPrismaClient(parseDatabaseUrl(seedUrl));
      const to = createPrismaClient(parseDatabaseUrl(pgUrl));
      await copyDatabase(from, to, { provider: "postgresql" });
      await Promise.all([from.$disconnect(), to.$disconnect()]);
      console.log("PostgreSQL, seed size, 1 instance");
      results.push(...(await withServers(pgUrl, [3301], () => measure("PostgreSQL ×1", [3301]))));
      console.log("PostgreSQL, seed size, 2 instances");
      results.push(...(await withServers(pgUrl, [3301, 3302], () => measure("PostgreSQL ×2", [3301, 3302]))));
    } else {
      console.log("PostgreSQL skipped: set BENCH_POSTGRES_URL or TEST_POSTGRES_URL");
    }

    const js = firstLoadJs("/");
    report(results, js, dashboardBytes, pdfLines);
  } finally {
    rmSync(staticFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
    if (pgServer && pgDatabase) {
      const admin = new pg.Client({ connectionString: pgServer });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${pgDatabase} WITH (FORCE)`);
      await admin.end();
    }
  }
});

function report(results: Result[], jsBytes: number, htmlBytes: number, pdfLines: string[]) {
  const staticOf = (scenario: string) => results.find((r) => r.scenario === scenario && r.url === STATIC_PATH)!;
  const sqliteSeed = (url: string) => results.find((r) => r.scenario === "SQLite seed" && r.url === url);
  const lines = [
    `Benchmark: ${new Date().toISOString()} · ${os.cpus().length} cores · ${DURATION}s per URL · ${CONNECTIONS} connections · dashboard HTML ${Math.round(htmlBytes / 1024)} KiB`,
    "",
    "| scenario | URL | p50 ms | p99 ms | req/s | × static req/s | × SQLite-seed req/s | errors |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map((r) => {
      const base = sqliteSeed(r.url);
      return `| ${r.scenario} | ${r.url} | ${r.p50} | ${r.p99} | ${Math.round(r.rps)} | ${(r.rps / staticOf(r.scenario).rps).toFixed(2)} | ${base ? (r.rps / base.rps).toFixed(2) : "–"} | ${r.errors} |`;
    }),
    "",
    `First-load JS of /: ${Math.round(jsBytes / 1024)} KiB gzipped (target ≤ 200 KiB)`,
    ...(pdfLines.length ? ["", "| PDF export | |", "| --- | ---: |", ...pdfLines] : []),
  ];
  console.log(`\n${lines.join("\n")}`);
  const tenX = results.filter((r) => r.scenario === "SQLite 10×" && r.url !== STATIC_PATH && !r.url.startsWith("/api"));
  const updates = results.filter((r) => r.scenario === "Updates 10×" && r.url !== STATIC_PATH);
  console.log(`\nUpdates with ${UNREAD} unread at 10×: p50 < 200 ms → ${updates.map((r) => `${r.url} ${r.p50} ms (${(r.rps / staticOf("Updates 10×").rps).toFixed(2)}× static)`).join(", ")}`);
  console.log(
    `\nTargets at 10×: p50 < 150 ms → ${tenX.map((r) => `${r.url} ${r.p50} ms`).join(", ")}; throughput ≥ 0.5× static → ${tenX
      .map((r) => `${r.url} ${(r.rps / staticOf("SQLite 10×").rps).toFixed(2)}×`)
      .join(", ")}`,
  );
}
