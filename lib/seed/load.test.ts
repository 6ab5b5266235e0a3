import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/support/db";
import { describeForEachDatabase } from "@/tests/support/postgres";
import type { Db } from "@/lib/db/client";
import { isContentEmpty, loadSeed } from "./load";
import { readSeedData, SEED_DIR, SeedDataError } from "./read";

const seed = readSeedData();

/** Every row of every content table, for comparing the whole database before and after. */
async function dump(db: Db) {
  return {
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    actors: await db.actor.findMany({ orderBy: { id: "asc" } }),
    issues: await db.issue.findMany({ orderBy: { id: "asc" } }),
    positions: await db.position.findMany({ orderBy: { id: "asc" } }),
    drafts: await db.draft.findMany({ orderBy: { id: "asc" } }),
    points: await db.draftPoint.findMany({ orderBy: { id: "asc" }, include: { issues: { select: { id: true } } } }),
    alignments: await db.pointAlignment.findMany({ orderBy: { id: "asc" } }),
    reactions: await db.pointReaction.findMany({ orderBy: { id: "asc" } }),
    territories: await db.territory.findMany({ orderBy: { code: "asc" } }),
    claims: await db.territoryClaim.findMany({ orderBy: { id: "asc" } }),
    cards: await db.card.findMany({ orderBy: { id: "asc" }, include: { tags: true, actors: { select: { id: true } } } }),
    briefings: await db.briefing.findMany({ orderBy: { id: "asc" }, include: { cards: true } }),
    metrics: await db.metric.findMany({ orderBy: { id: "asc" }, include: { values: true } }),
    citations: await db.citation.findMany({ orderBy: { id: "asc" } }),
  };
}

describeForEachDatabase("the committed seed", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(provider);
  });
  afterEach(async () => t.cleanup());

  it("loads the first case with the coverage the dashboard needs, and the second case from its folder", async () => {
    expect(await isContentEmpty(t.db)).toBe(true);
    await loadSeed(t.db, seed);
    expect(await isContentEmpty(t.db)).toBe(false);

    expect(await t.db.actor.count()).toBeGreaterThanOrEqual(15);
    expect(await t.db.issue.count()).toBeGreaterThanOrEqual(10);
    expect(await t.db.position.count()).toBeGreaterThanOrEqual(60);
    expect(await t.db.card.count()).toBeGreaterThanOrEqual(12);
    expect(await t.db.source.count()).toBeGreaterThanOrEqual(20);
    expect(await t.db.briefing.count({ where: { status: "published" } })).toBeGreaterThanOrEqual(1);
    expect(await t.db.metric.count()).toBeGreaterThanOrEqual(3);

    // The first case's 27 admin-1 units, each with its control and a source.
    const territories = await t.db.territory.findMany({ where: { negotiationId: seed.negotiations[0].id }, include: { _count: { select: { citations: true } } } });
    expect(territories).toHaveLength(27);
    expect(territories.every((x) => x.controlledById && x.controlExtent)).toBe(true);
    expect(territories.every((x) => x._count.citations > 0)).toBe(true);
    expect(territories.map((x) => x.code)).toEqual(expect.arrayContaining(["UA-43", "UA-40", "UA-30", "UA-14"]));

    // The leaked plan has its 28 points; the 27-point document is honest about what is not public.
    expect(await t.db.draftPoint.count({ where: { draftId: "plan28" } })).toBe(28);
    const moscow = await t.db.draft.findUniqueOrThrow({ where: { id: "moscow27" }, include: { points: true } });
    expect(moscow.declaredPointCount).toBe(27);
    expect(moscow.points.every((p) => p.textStatus === "not_public" && p.text === null && p.reported)).toBe(true);
    for (const id of ["e3_counter", "geneva19", "plan20"]) {
      expect(await t.db.draft.findUnique({ where: { id } })).not.toBeNull();
    }
    expect(await t.db.draftPoint.count({ where: { draftId: "plan20" } })).toBe(20);
    expect(await t.db.pointAlignment.count()).toBeGreaterThan(0);

    // Every claim carries at least one source.
    for (const [table, count] of [
      ["positions", await t.db.position.count({ where: { citations: { none: {} } } })],
      ["cards", await t.db.card.count({ where: { citations: { none: {} } } })],
      ["points", await t.db.draftPoint.count({ where: { citations: { none: {} } } })],
      ["alignments", await t.db.pointAlignment.count({ where: { citations: { none: {} } } })],
      ["claims", await t.db.territoryClaim.count({ where: { citations: { none: {} } } })],
    ] as const) {
      expect({ table, uncited: count }).toEqual({ table, uncited: 0 });
    }

    // The second case, from prisma/seed-data/gaza-2025/, has its own territories, drafts and cards;
    // its territories are areas as well as ISO units (the yellow line is a line, not a region).
    const gaza = await t.db.negotiation.findUniqueOrThrow({ where: { slug: "gaza-2025" }, include: { _count: { select: { territories: true, drafts: true, cards: true, citations: true } } } });
    expect(gaza._count).toEqual({ territories: 10, drafts: 8, cards: 27, citations: expect.any(Number) });
    expect(gaza._count.citations).toBeGreaterThan(0);
    expect((await t.db.territory.findUniqueOrThrow({ where: { id: "gaza-yellow-line" } })).code).toBe("gaza-yellow-line");

    // Nothing in the files is lost on the way into the database.
    expect(await t.db.position.count()).toBe(seed.positions.length);
    expect(await t.db.card.count()).toBe(seed.cards.length);
    expect(await t.db.source.count()).toBe(seed.sources.length);
    const briefing = seed.briefings[0];
    const stored = await t.db.briefingCard.findMany({ where: { briefingId: briefing.id }, orderBy: { sortOrder: "asc" } });
    expect(stored.map((c) => c.cardId)).toEqual(briefing.cardIds);
  });

  it("changes nothing when run a second time", async () => {
    await loadSeed(t.db, seed);
    const before = await dump(t.db);
    const created = await loadSeed(t.db, seed);
    expect(Object.values(created).every((n) => n === 0)).toBe(true);
    expect(await dump(t.db)).toEqual(before);
  });

  it("never overwrites what an editor changed, and restores only what is missing", async () => {
    await loadSeed(t.db, seed);
    const card = seed.cards[0];
    await t.db.card.update({ where: { id: card.id }, data: { title: "Edited by an editor", version: { increment: 1 } } });
    await t.db.position.delete({ where: { id: seed.positions[0].id } });

    const created = await loadSeed(t.db, seed);

    expect((await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).title).toBe("Edited by an editor");
    expect(created.positions).toBe(1);
    expect(created.cards).toBe(0);
  });

  it("leaves the database as it was when a write fails half-way", async () => {
    // Passes the file checks but breaks a foreign key late in the load (the last card cites a missing source).
    const broken = structuredClone(seed);
    broken.cards[broken.cards.length - 1].citations = [{ sourceId: "NO-SUCH-SOURCE", locator: null }];
    await expect(loadSeed(t.db, broken)).rejects.toThrow();
    expect(await isContentEmpty(t.db)).toBe(true);
    expect(await t.db.citation.count()).toBe(0);
  });
});

describe("seed file validation", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "parley-seed-"));
    cpSync(SEED_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, change: (records: Record<string, unknown>[]) => void) => {
    const full = path.join(dir, `${file}.json`);
    const records = JSON.parse(readFileSync(full, "utf8"));
    change(records);
    writeFileSync(full, JSON.stringify(records));
  };

  it("accepts the committed files", () => {
    expect(() => readSeedData(dir)).not.toThrow();
  });

  it("names the file, record and field of a wrong value", () => {
    edit("positions", (records) => {
      records[2].stance = "enthusiastic";
    });
    expect(() => readSeedData(dir)).toThrow(SeedDataError);
    expect(() => readSeedData(dir)).toThrow(/positions\.json \S+ at stance: Choose a stance/);
  });

  it("refuses unknown fields", () => {
    edit("actors", (records) => {
      records[0].nickname = "x";
    });
    expect(() => readSeedData(dir)).toThrow(/actors\.json \S+ at \(root\): Unrecognized key: "nickname"/);
  });

  it("refuses a reference to a record that does not exist", () => {
    edit("positions", (records) => {
      records[0].actorId = "nobody";
    });
    expect(() => readSeedData(dir)).toThrow(/refers to unknown actor "nobody"/);
  });

  it("refuses a claim without a source", () => {
    edit("cards", (records) => {
      records[0].citations = [];
    });
    expect(() => readSeedData(dir)).toThrow(/at least one source/);
  });

  it("applies the same limits as the admin form (a value the form would refuse is refused here)", () => {
    edit("actors", (records) => {
      records[0].role = "x".repeat(401);
    });
    expect(() => readSeedData(dir)).toThrow(/actors\.json \S+ at role: At most 400 characters/);
  });

  it("refuses a file that is not JSON", () => {
    writeFileSync(path.join(dir, "issues.json"), "{ not json");
    expect(() => readSeedData(dir)).toThrow(/issues\.json cannot be read/);
  });
});
