import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/sqlite/client";
import { loadSeed } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read";
import { createTestDatabase, type TestDatabase } from "@/tests/support/db";
import { itWithPostgres } from "@/tests/support/postgres";
import { COPY_ORDER, copyDatabase, CopyError, NOT_COPIED, summarise } from "./copy";

const seed = readSeedData();

describe("copyDatabase", () => {
  const open: TestDatabase[] = [];
  const fresh = async (provider: "sqlite" | "postgresql" = "sqlite") => {
    const t = await createTestDatabase(provider);
    open.push(t);
    return t;
  };
  let source: TestDatabase;
  beforeEach(async () => {
    source = await fresh();
    await loadSeed(source.db, seed);
    // Rows the seed does not make: a user, a revision with a JSON snapshot, a draft lineage edit.
    await source.db.user.create({ data: { id: "u1", name: "Editor", email: "editor@example.org", role: "editor" } });
    await source.db.revision.create({ data: { entityType: "card", entityId: seed.cards[0].id, version: 1, action: "update", snapshot: { title: "x", n: 1.5, tags: ["a"] }, userId: "u1" } });
  });
  afterEach(async () => {
    while (open.length) await open.pop()!.cleanup();
  });

  it("knows every model", () => {
    const copied = new Set(COPY_ORDER.map((t) => t.model.toLowerCase()));
    expect(Object.values(Prisma.ModelName).filter((m) => !copied.has(m.toLowerCase()) && !(NOT_COPIED as readonly string[]).includes(m))).toEqual([]);
  });

  it("copies every row and verifies counts and checksums", async () => {
    const target = await fresh();
    const report = await copyDatabase(source.db, target.db, target);
    expect(report).toEqual(await summarise(source.db));
    expect(report.find((r) => r.table === "position")?.rows).toBe(seed.positions.length);
    expect(report.find((r) => r.table === "_CardToTag")?.rows).toBeGreaterThan(0);
  });

  it("refuses a non-empty target unless told to replace it", async () => {
    const target = await fresh();
    await target.db.negotiation.create({ data: { id: "only-talks", slug: "only-talks", title: "Only talks", summary: "x" } });
    await target.db.issue.create({ data: { id: "only", title: "Only", description: "x", negotiationId: "only-talks" } });
    await expect(copyDatabase(source.db, target.db, target)).rejects.toThrow(CopyError);
    expect(await target.db.issue.count()).toBe(1);

    await copyDatabase(source.db, target.db, target, { replace: true });
    expect(await target.db.issue.findUnique({ where: { id: "only" } })).toBeNull();
    expect(await summarise(target.db)).toEqual(await summarise(source.db));
  });

  itWithPostgres("round trip SQLite → PostgreSQL → SQLite yields identical data", async () => {
    const pg = await fresh("postgresql");
    await copyDatabase(source.db, pg.db, pg);
    const back = await fresh();
    await copyDatabase(pg.db, back.db, back);
    expect(await summarise(back.db)).toEqual(await summarise(source.db));
  });
});
