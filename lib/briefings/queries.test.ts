import { firstCaseSeed } from "@/lib/seed/scope";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/support/db";
import { mockDbModule } from "@/tests/support/mock-db";
import { loadSeed } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read";

// The query module reads the app's `db`; point it at this test's database.
let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getLatestPublishedBriefing } = await import("./queries");
/** The seed's one negotiation. */
const N = readSeedData().negotiations[0].id;

describe("getLatestPublishedBriefing", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.cleanup());

  it("returns null on an empty database", async () => {
    expect(await getLatestPublishedBriefing(N)).toBeNull();
  });

  it("returns the newest published briefing with its published cards in order and their sources", async () => {
    const seed = firstCaseSeed(readSeedData());
    await loadSeed(t.db, seed);
    const briefing = await getLatestPublishedBriefing(N);
    const expected = seed.briefings
      .filter((b) => b.status === "published")
      .sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""))[0];
    expect(briefing?.slug).toBe(expected.slug);
    const published = expected.cardIds.filter((id) => seed.cards.find((c) => c.id === id)?.status === "published");
    expect(briefing?.cards.map(({ card }) => card.id)).toEqual(published);
    expect(briefing?.cards.every(({ card }) => card.citations.length > 0)).toBe(true);
  });

  it("hides a card an editor moved back to draft, and a briefing taken off publication", async () => {
    const before = await getLatestPublishedBriefing(N);
    const [first, second] = before!.cards.map(({ card }) => card.id);
    await t.db.card.update({ where: { id: first }, data: { status: "draft" } });
    const after = await getLatestPublishedBriefing(N);
    expect(after!.cards.map(({ card }) => card.id)).not.toContain(first);
    expect(after!.cards[0].card.id).toBe(second);

    await t.db.briefing.update({ where: { id: before!.id }, data: { status: "in_review" } });
    expect((await getLatestPublishedBriefing(N))?.id).not.toBe(before!.id);
  });
});
