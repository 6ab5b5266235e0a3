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

// Generic territories: the old ISO code becomes the id and the code, the two names become names
// by language, the old control status and Russian share become an extent and a share under the
// control of the first case's actor for Moscow, claim kinds take their new words; claims,
// citations and cards keep pointing at the same territory; the rebuilt tables keep their triggers.
const TERRITORIES = "20261204100000_generic_territories";
const OLD_TERRITORIES = `
INSERT INTO "Negotiation" ("id","slug","title","summary","status","updatedAt") VALUES ('${FIRST}','${FIRST}','First','Summary','published',CURRENT_TIMESTAMP);
INSERT INTO "Source" ("id","title","outlet","url","publishedAt","reliability","credibility","updatedAt") VALUES ('s1','A report','Wire','https://example.org',CURRENT_TIMESTAMP,'B',2,CURRENT_TIMESTAMP);
INSERT INTO "Actor" ("id","name","role","affiliation","bloc","updatedAt") VALUES ('moscow','Russian leadership','Collective','Government of Russia','Russia',CURRENT_TIMESTAMP);
INSERT INTO "Territory" ("code","negotiationId","nameEn","nameUk","kind","controlStatus","russianControlPct","controlNote","updatedAt") VALUES
  ('UA-14','${FIRST}','Donetsk Oblast','Донецька область','oblast','partially_occupied',78.1,'Most of it',CURRENT_TIMESTAMP),
  ('UA-43','${FIRST}','Crimea','Крим','autonomous_republic','occupied',100,NULL,CURRENT_TIMESTAMP),
  ('UA-46','${FIRST}','Lviv Oblast','Львівська область','oblast','ukrainian_control',NULL,NULL,CURRENT_TIMESTAMP);
INSERT INTO "TerritoryClaim" ("id","territoryCode","actorId","claim","summary","status","updatedAt") VALUES
  ('c-frozen','UA-14','moscow','frozen_on_contact_line','Freeze','published',CURRENT_TIMESTAMP),
  ('c-out','UA-14','moscow','ukrainian_withdrawal','Leave','published',CURRENT_TIMESTAMP),
  ('c-stays','UA-46','moscow','remains_ukrainian','Stays','published',CURRENT_TIMESTAMP),
  ('c-jure','UA-43','moscow','recognised_de_jure','Recognise','draft',CURRENT_TIMESTAMP);
INSERT INTO "Card" ("id","negotiationId","title","body","kind","eventDate","importance","status","updatedAt") VALUES ('k1','${FIRST}','A card','Body','event',CURRENT_TIMESTAMP,3,'published',CURRENT_TIMESTAMP);
INSERT INTO "_CardToTerritory" ("A","B") VALUES ('k1','UA-14');
INSERT INTO "Citation" ("id","sourceId","territoryCode","sortOrder") VALUES ('cit-t','s1','UA-14',0);
INSERT INTO "Citation" ("id","sourceId","territoryClaimId","sortOrder") VALUES ('cit-c','s1','c-out',0);
`;

describeForEachDatabase("upgrading a database to generic territories", (provider) => {
  const all = migrations(provider === "sqlite" ? "sqlite" : "postgres");
  let db: Awaited<ReturnType<typeof sqliteDb>>;

  beforeAll(async () => {
    db = provider === "sqlite" ? await sqliteDb() : await postgresDb();
    for (const m of all.filter((m) => m.name < TERRITORIES)) await db.exec(m.sql);
    await db.exec(OLD_TERRITORIES);
    await db.exec(all.find((m) => m.name === TERRITORIES)!.sql);
  });
  afterAll(async () => db.close());

  const names = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);

  it("keeps every territory with its names, kind and control, now under a named actor", async () => {
    const rows = await db.rows(`SELECT "id","code","names","kind","controlledById","controlExtent","controlSharePct","controlNote","negotiationId" FROM "Territory" ORDER BY "id"`);
    expect(rows.map((r) => ({ ...r, names: names(r.names) }))).toEqual([
      { id: "UA-14", code: "UA-14", names: { en: "Donetsk Oblast", uk: "Донецька область" }, kind: "oblast", controlledById: "moscow", controlExtent: "partial", controlSharePct: 78.1, controlNote: "Most of it", negotiationId: FIRST },
      { id: "UA-43", code: "UA-43", names: { en: "Crimea", uk: "Крим" }, kind: "autonomous_republic", controlledById: "moscow", controlExtent: "full", controlSharePct: 100, controlNote: null, negotiationId: FIRST },
      { id: "UA-46", code: "UA-46", names: { en: "Lviv Oblast", uk: "Львівська область" }, kind: "oblast", controlledById: "moscow", controlExtent: "none", controlSharePct: null, controlNote: null, negotiationId: FIRST },
    ]);
  });

  it("keeps every claim, with the claim kinds' new words, and every link to a territory", async () => {
    expect(await db.rows(`SELECT "id","territoryId","claim","status" FROM "TerritoryClaim" ORDER BY "id"`)).toEqual([
      { id: "c-frozen", territoryId: "UA-14", claim: "frozen_on_line", status: "published" },
      { id: "c-jure", territoryId: "UA-43", claim: "recognised_de_jure", status: "draft" },
      { id: "c-out", territoryId: "UA-14", claim: "withdrawal", status: "published" },
      { id: "c-stays", territoryId: "UA-46", claim: "remains_with_holder", status: "published" },
    ]);
    expect(await db.rows(`SELECT "id","territoryId","territoryClaimId" FROM "Citation" ORDER BY "id"`)).toEqual([
      { id: "cit-c", territoryId: null, territoryClaimId: "c-out" },
      { id: "cit-t", territoryId: "UA-14", territoryClaimId: null },
    ]);
    expect(await db.rows(`SELECT "A","B" FROM "_CardToTerritory"`)).toEqual([{ A: "k1", B: "UA-14" }]);
    expect(await db.fkProblems()).toEqual([]);
  });

  it("still moves the content version on the tables it changed", async () => {
    const version = async () => Number((await db.rows(`SELECT "value" FROM "ContentVersion" WHERE "id" = 1`))[0].value);
    const writes = [
      `UPDATE "Territory" SET "updatedAt" = CURRENT_TIMESTAMP WHERE "id" = 'UA-14'`,
      `UPDATE "TerritoryClaim" SET "updatedAt" = CURRENT_TIMESTAMP WHERE "id" = 'c-out'`,
      `UPDATE "Citation" SET "sortOrder" = 1 WHERE "id" = 'cit-t'`,
      `DELETE FROM "_CardToTerritory" WHERE "A" = 'k1'`,
    ];
    for (const sql of writes) {
      const start = await version();
      await db.exec(sql);
      expect(await version(), sql).toBeGreaterThan(start);
    }
  });
});
