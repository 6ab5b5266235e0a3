import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readSeedData } from "@/lib/seed/read";
import { createTestDatabase, type TestDatabase } from "@/tests/support/db";
import { mockDbModule } from "@/tests/support/mock-db";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { cachedQuery, clearCache } = await import("./versioned");

describe("cachedQuery", () => {
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", { seeded: true });
    process.env.PARLEY_QUERY_CACHE = "on";
  });
  afterAll(async () => {
    process.env.PARLEY_QUERY_CACHE = "off";
    await t.cleanup();
  });

  it("reuses a result while the content is unchanged and recomputes it after a save", async () => {
    clearCache();
    let now = 1_000_000;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => now);
    const load = vi.fn(async (id: string) => (await t.db.actor.findUniqueOrThrow({ where: { id } })).name);
    const getTitle = cachedQuery("test.title", load);
    const id = readSeedData().actors[0].id;
    try {
      const first = await getTitle(id);
      now += 5_000;
      expect(await getTitle(id)).toBe(first);
      expect(load).toHaveBeenCalledTimes(1);

      await t.db.actor.update({ where: { id }, data: { name: "Changed by an editor" } });
      // Within the version check interval the old result may still be served…
      now += 200;
      await getTitle(id);
      // …after it, never.
      now += 1_500;
      expect(await getTitle(id)).toBe("Changed by an editor");
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      clock.mockRestore();
    }
  });

  it("keys results by their arguments", async () => {
    clearCache();
    const load = vi.fn(async (n: number) => n * 2);
    const double = cachedQuery("test.double", load);
    expect(await double(2)).toBe(4);
    expect(await double(3)).toBe(6);
    expect(await double(2)).toBe(4);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
