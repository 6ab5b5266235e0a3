// Upgrading a database that holds the first case, on SQLite and PostgreSQL: the committed
// migrations up to "negotiations" build the old schema, records go in, the negotiations
// migration runs, and every record is still there with every value as it was, now in the first
// negotiation; foreign keys hold and the content-version triggers still fire on the tables the
// migration rebuilt. A new, empty database gets no negotiation from the migration.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminQuery, withDatabase } from "./support/pg-admin";
import { describeForEachDatabase, TEST_POSTGRES_URL } from "./support/postgres";

const MIGRATION = "20261203110000_negotiations";
const FIRST = "ukraine-2025";
const OWNED = ["Draft", "Issue", "Territory", "Briefing", "Card", "Metric"];

type Sql = { exec(sql: string): Promise<void>; rows(sql: string): Promise<Record<string, unknown>[]>; close(): Promise<void> };

function migrations(dir: "sqlite" | "postgres") {
  const root = path.join("prisma", "migrations", dir);
  return readdirSync(root)
    .filter((name) => /^\d{14}_/.test(name))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(root, name, "migration.sql"), "utf8") }));
}

/** The old data: one record of each kind the migration moves, and rows that point at them. */
const OLD_DATA = `
INSERT INTO "Source" ("id","title","outlet","url","publishedAt","reliability","credibility","updatedAt") VALUES ('s1','A report','Wire','https://example.org',CURRENT_TIMESTAMP,'B',2,CURRENT_TIMESTAMP);
INSERT INTO "Issue" ("id","title","description","sortOrder","updatedAt") VALUES ('i1','Territory','Who holds what',1,CURRENT_TIMESTAMP);
INSERT INTO "Draft" ("id","name","title","date","origin","provenance","summary","status","updatedAt") VALUES ('d1','Plan','A plan',CURRENT_TIMESTAMP,'Leaked','leaked','Summary','published',CURRENT_TIMESTAMP);
INSERT INTO "DraftPoint" ("id","draftId","number","sortOrder","title","text","textStatus","status","updatedAt") VALUES ('p1','d1',1,0,'First','The first point.','paraphrase','published',CURRENT_TIMESTAMP);
INSERT INTO "Territory" ("code","nameEn","nameUk","kind","controlStatus","updatedAt") VALUES ('T-1','A region','Регіон','oblast','ukrainian_control',CURRENT_TIMESTAMP);
INSERT INTO "Metric" ("id","name","unit","category","updatedAt") VALUES ('m1','Forces','personnel','military',CURRENT_TIMESTAMP);
INSERT INTO "Card" ("id","title","body","kind","eventDate","importance","status","updatedAt") VALUES ('c1','A card','Body','event',CURRENT_TIMESTAMP,3,'published',CURRENT_TIMESTAMP);
INSERT INTO "Briefing" ("id","slug","title","summary","status","updatedAt") VALUES ('b1','brief','A briefing','Summary','published',CURRENT_TIMESTAMP);
INSERT INTO "BriefingCard" ("briefingId","cardId","sortOrder") VALUES ('b1','c1',0);
INSERT INTO "_CardToIssue" ("A","B") VALUES ('c1','i1');
INSERT INTO "Citation" ("id","sourceId","cardId","sortOrder") VALUES ('cit1','s1','c1',0);
`;

async function sqliteDb(): Promise<Sql & { fkProblems(): Promise<unknown[]> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-upgrade-"));
  const db = new Database(path.join(dir, "old.db"));
  return {
    exec: async (sql) => void db.exec(sql),
    rows: async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
    fkProblems: async () => db.pragma("foreign_key_check") as unknown[],
    close: async () => (db.close(), rmSync(dir, { recursive: true, force: true })),
  };
}

async function postgresDb(): Promise<Sql & { fkProblems(): Promise<unknown[]> }> {
  const name = `parley_upgrade_${randomBytes(4).toString("hex")}`;
  await adminQuery(TEST_POSTGRES_URL!, `CREATE DATABASE ${name}`);
  const client = new pg.Client({ connectionString: withDatabase(TEST_POSTGRES_URL!, name) });
  await client.connect();
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async (sql) => (await client.query(sql)).rows,
    // PostgreSQL checks foreign keys as rows change: a violation would have failed the migration.
    fkProblems: async () => [],
    close: async () => {
      await client.end();
      await adminQuery(TEST_POSTGRES_URL!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Every row of a table, in a stable order, with dates as text (both drivers agree then). */
async function snapshot(db: Sql, table: string) {
  const rows = await db.rows(`SELECT * FROM "${table}"`);
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describeForEachDatabase("upgrading a database to negotiations", (provider) => {
  const all = migrations(provider === "sqlite" ? "sqlite" : "postgres");
  const before = all.filter((m) => m.name < MIGRATION);
  const target = all.find((m) => m.name === MIGRATION)!;
  let db: Awaited<ReturnType<typeof sqliteDb>>;
  const tables = [...OWNED, "Source", "DraftPoint", "BriefingCard", "_CardToIssue", "Citation"];
  let old: Record<string, Record<string, unknown>[]>;

  beforeAll(async () => {
    db = provider === "sqlite" ? await sqliteDb() : await postgresDb();
    for (const m of before) await db.exec(m.sql);
    await db.exec(OLD_DATA);
    old = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await snapshot(db, t)] as const)));
    await db.exec(target.sql);
  });
  afterAll(async () => db.close());

  it("keeps every record and every value, and moves the owned ones into the first negotiation", async () => {
    for (const table of tables) {
      const now = await snapshot(db, table);
      const expected = OWNED.includes(table) ? old[table].map((r) => ({ ...r, negotiationId: FIRST })) : old[table];
      expect(now.map((r) => Object.fromEntries(Object.entries(r).sort())), table).toEqual(expected.map((r) => Object.fromEntries(Object.entries(r).sort())));
    }
    const [negotiation] = await db.rows(`SELECT "id", "slug", "status" FROM "Negotiation"`);
    expect(negotiation).toEqual({ id: FIRST, slug: FIRST, status: "published" });
    expect(await db.fkProblems()).toEqual([]);
  });

  it("still moves the content version on every table it rebuilt", async () => {
    const version = async () => Number((await db.rows(`SELECT "value" FROM "ContentVersion" WHERE "id" = 1`))[0].value);
    const key = (t: string) => (t === "Territory" ? `"code" = 'T-1'` : `"id" = '${{ Draft: "d1", Issue: "i1", Briefing: "b1", Card: "c1", Metric: "m1" }[t]}'`);
    for (const table of [...OWNED, "Negotiation"]) {
      const start = await version();
      await db.exec(`UPDATE "${table}" SET "updatedAt" = CURRENT_TIMESTAMP WHERE ${table === "Negotiation" ? `"id" = '${FIRST}'` : key(table)}`);
      expect(await version(), table).toBeGreaterThan(start);
    }
  });

  it("gives a new, empty database no negotiation (its seed brings them)", async () => {
    const empty = provider === "sqlite" ? await sqliteDb() : await postgresDb();
    try {
      for (const m of all) await empty.exec(m.sql);
      expect(await empty.rows(`SELECT * FROM "Negotiation"`)).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
