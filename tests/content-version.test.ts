// Freshness that cannot miss an edit, on SQLite and PostgreSQL:
// - every table of the database is either content (its writes move the content version, by a
//   trigger) or on the short list of tables that are not (accounts, history, the version);
// - for every kind of record, an edit made through the write layer on instance A is what a
//   second process (instance B, its own client and query cache, cache on) serves within the
//   freshness bound;
// - an import that restores old timestamps and counts still moves the version;
// - a delete racing an update never removes an update that was acknowledged.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface, type Interface } from "node:readline";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { readContentVersion } from "@/lib/freshness/version";
import { AppError } from "@/lib/http/errors";
import { KIND_LIST, type Kind } from "@/lib/records";
import { addUser } from "./support/auth";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const service = await import("@/lib/admin/service");
const transfer = await import("@/lib/admin/transfer");

/** Tables whose rows readers never see (written from the README: accounts, sessions, history). */
const NOT_CONTENT = ["user", "session", "account", "verification", "rateLimit", "Revision", "EditorScope", "NegotiationReader", "ReadMark", "FeedToken", "Follow", "ContentVersion", "_prisma_migrations"];
/** What the dashboard promises: a change reaches open pages within 30 s; caches must not take more than a fraction of it. */
const FRESHNESS_BOUND_MS = 5_000;

async function tables(t: TestDatabase): Promise<string[]> {
  const rows =
    t.provider === "sqlite"
      ? await t.db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      : await t.db.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
  return rows.map((r) => r.name).sort();
}

async function triggersOn(t: TestDatabase, table: string): Promise<number> {
  const rows =
    t.provider === "sqlite"
      ? await t.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`, table)
      : await t.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal`, `"${table}"`);
  return Number(rows[0].n);
}

/** Instance B: a second process on the same database, reading through the app's query cache. */
class InstanceB {
  private child: ChildProcessWithoutNullStreams;
  private lines: Interface;
  private waiting: ((line: string) => void)[] = [];
  constructor(url: string) {
    this.child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "tests/support/instance-b.ts"], {
      env: { ...process.env, DATABASE_URL: url, PARLEY_QUERY_CACHE: "on", PARLEY_LISTEN: "on" },
    });
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on("line", (line) => this.waiting.shift()?.(line));
  }
  next(): Promise<string> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  async read(kind: Kind, id: string, field: string): Promise<unknown> {
    const answer = this.next();
    this.child.stdin.write(`${JSON.stringify({ model: kind.model, key: kind.key, id, field })}\n`);
    const parsed = JSON.parse(await answer) as { value?: unknown; error?: string };
    if (parsed.error) throw new Error(parsed.error);
    return parsed.value;
  }
  stop() {
    this.child.kill();
  }
}

/** A free-text column of the kind, to change. */
function textColumn(kind: Kind): string {
  const text = Object.entries(kind.columns).filter(([name, f]) => ["text", "textarea", "markdown"].includes(f.control.kind) && !f.hint?.includes("code") && name !== "slug" && name !== "code" && name !== "quoteLanguage");
  return (text.find(([, f]) => f.required) ?? text[0])[0];
}

describeForEachDatabase("the content version", (provider) => {
  let b: InstanceB;
  let editor: { id: string };
  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    editor = await addUser(t.db, "editor");
    b = new InstanceB(t.url);
    expect(await b.next()).toBe("ready");
  });
  afterAll(async () => {
    b.stop();
    await t.cleanup();
  });

  it("moves on every write to every content table, and only content tables go without", async () => {
    const found = await tables(t);
    expect(found).toEqual(expect.arrayContaining(["Card", "Position", "_CardToTag"]));
    const content = found.filter((name) => !NOT_CONTENT.includes(name));
    const withoutTrigger: string[] = [];
    const notMoving: string[] = [];
    for (const table of content) {
      if ((await triggersOn(t, table)) === 0) withoutTrigger.push(table);
      const [{ n }] = await t.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
      expect(Number(n), `${table} has rows to update`).toBeGreaterThan(0);
      const before = await readContentVersion(t.db);
      const column = table.startsWith("_") ? "A" : (await t.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}" LIMIT 1`)).map((r) => Object.keys(r)[0])[0];
      await t.db.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = "${column}"`);
      if ((await readContentVersion(t.db)) === before) notMoving.push(table);
    }
    expect(withoutTrigger).toEqual([]);
    expect(notMoving).toEqual([]);
  });

  for (const kind of KIND_LIST) {
    it(`${kind.label.many}: an edit through instance A is what instance B serves within the freshness bound`, async () => {
      const field = textColumn(kind);
      const model = (t.db as unknown as Record<string, { findFirstOrThrow(a: object): Promise<Record<string, unknown>> }>)[kind.model];
      const id = String((await model.findFirstOrThrow({ select: { [kind.key]: true } }))[kind.key]);
      const before = await b.read(kind, id, field);
      // B has the old value cached now; A saves a new one.
      const record = await service.getRecord(t.db, kind.type, id);
      const changed = `${String(record.input[field] ?? "").slice(0, 40)} (changed on A)`;
      await service.updateRecord(t.db, kind.type, id, record.version, { ...record.input, [field]: changed }, editor);
      const started = Date.now();
      let seen = await b.read(kind, id, field);
      while (seen !== changed && Date.now() - started < FRESHNESS_BOUND_MS) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await b.read(kind, id, field);
      }
      expect(before).not.toBe(changed);
      expect(seen).toBe(changed);
    });
  }

  it("moves when an import brings back old timestamps and the same row counts", async () => {
    const exported = await transfer.exportDataset(t.db);
    const atExport = await readContentVersion(t.db);
    const kind = KIND_LIST.find((k) => k.type === "metrics")!;
    const metric = await service.getRecord(t.db, "metrics", exported.tables.metric[0].id as string);
    await service.updateRecord(t.db, "metrics", metric.id, metric.version, { ...metric.input, unit: "changed unit" }, editor);
    const afterEdit = await readContentVersion(t.db);
    expect(await b.read(kind, metric.id, "unit")).toBeDefined();
    await transfer.importDataset(t.db, provider, transfer.parseDataset(JSON.parse(JSON.stringify(exported))), editor);
    const afterImport = await readContentVersion(t.db);
    expect(new Set([atExport, afterEdit, afterImport]).size).toBe(3);
    // …and instance B serves the imported (original) unit again.
    const started = Date.now();
    let unit = await b.read(kind, metric.id, "unit");
    while (unit === "changed unit" && Date.now() - started < FRESHNESS_BOUND_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      unit = await b.read(kind, metric.id, "unit");
    }
    expect(unit).toBe(metric.input.unit);
  });
});

describeForEachDatabase("a delete racing an update of the same record", (provider) => {
  let other: Db;
  let editor: { id: string };
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    // PostgreSQL: two clients, so the two transactions really run at once. SQLite serialises
    // writers; two connections in one process would wait on each other's lock synchronously.
    other = provider === "postgresql" ? createPrismaClient(parseDatabaseUrl(t.url)) : t.db;
    editor = await addUser(t.db, "editor");
    await t.db.negotiation.create({ data: { id: "race-talks", slug: "race-talks", title: "Race talks", summary: "For the race." } });
  });
  afterAll(async () => {
    if (other !== t.db) await other.$disconnect();
    await t.cleanup();
  });

  it(`never removes an update that was acknowledged (30 trials${provider === "postgresql" ? ", two connections" : ""})`, async () => {
    const lost: string[] = [];
    let updatesWon = 0;
    for (let trial = 0; trial < 30; trial++) {
      const issue = await service.createRecord(t.db, "issues", { negotiationId: "race-talks", title: `Race ${trial}`, description: "before" }, editor);
      const [update, remove] = await Promise.allSettled([
        service.updateRecord(t.db, "issues", issue.id, issue.version, { ...issue.input, description: "after" }, editor),
        service.deleteRecord(other, "issues", issue.id, issue.version, editor),
      ]);
      const exists = (await t.db.issue.count({ where: { id: issue.id } })) === 1;
      if (update.status === "fulfilled") {
        updatesWon++;
        if (!exists) lost.push(`trial ${trial}: the update was acknowledged, then the record was deleted`);
        expect(remove.status === "rejected" && (remove.reason as AppError).status).toBe(409);
      } else {
        expect((update.reason as AppError).status).toBe(404);
        expect(remove.status).toBe("fulfilled");
        expect(exists).toBe(false);
      }
    }
    expect(lost).toEqual([]);
    // Both orders happened or at least the test exercised the path where the update wins.
    expect(updatesWon).toBeGreaterThan(0);
  });
});
