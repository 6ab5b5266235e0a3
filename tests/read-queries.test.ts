// The dashboard's read queries against both databases, on the committed seed.
import { firstCaseSeed } from "@/lib/seed/scope";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { readSeedData } from "@/lib/seed/read";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { listCards } = await import("@/lib/cards/queries");
const { cardFilterSchema } = await import("@/lib/cards/schema");
const { getPositionMatrix, getPositionHistory } = await import("@/lib/positions/queries");
const { getComparison } = await import("@/lib/drafts/queries");
const { getMapData, getTerritoryDossier } = await import("@/lib/territories/queries");

// The first case: the queries below read its negotiation.
const seed = firstCaseSeed(readSeedData());
const published = seed.cards.filter((c) => c.status === "published");
/** The seed's one negotiation (its records all belong to it). */
const N = seed.negotiations[0].id;

describeForEachDatabase("read queries", (provider) => {
  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
  });
  afterAll(async () => t.cleanup());

  it("pages through published cards only, newest first", async () => {
    const page = await listCards(N, cardFilterSchema.parse({ pageSize: "10" }));
    expect(page.total).toBe(published.length);
    expect(page.items).toHaveLength(10);
    const dates = page.items.map((c) => c.eventDate?.getTime() ?? 0);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("searches titles and bodies without regard to case", async () => {
    const word = "DONETSK";
    const expected = published.filter((c) => `${c.title} ${c.body}`.toLowerCase().includes(word.toLowerCase())).length;
    expect(expected).toBeGreaterThan(0);
    expect((await listCards(N, cardFilterSchema.parse({ q: word }))).total).toBe(expected);
  });

  it("combines filters", async () => {
    const expected = published.filter((c) => c.kind === "event" && c.actorIds.includes("trump")).length;
    expect((await listCards(N, cardFilterSchema.parse({ kind: "event", actor: "trump" }))).total).toBe(expected);
  });

  it("builds the positions matrix from each pair's latest statement", async () => {
    const matrix = await getPositionMatrix(N, { bloc: [], issue: [] });
    const pairs = new Set(seed.positions.map((p) => `${p.actorId}:${p.issueId}`));
    expect(Object.keys(matrix.cells)).toHaveLength(pairs.size);
    const history = await getPositionHistory(N, "putin", "territory");
    expect(history?.history.at(-1)?.stance).toBe(matrix.cells["putin:territory"].stance);
  });

  it("aligns the 28-point plan with the 20-point plan, accounting for every point", async () => {
    const comparison = await getComparison(N, "plan28", "plan20");
    expect(new Set(comparison.rows.flatMap((r) => r.left.map((p) => p.id))).size).toBe(28);
    expect(new Set(comparison.rows.flatMap((r) => r.right.map((p) => p.id))).size).toBe(20);
    expect(comparison.counts.dropped).toBe(seed.alignments.filter((a) => a.fromDraftId === "plan28" && a.toDraftId === "plan20" && a.relation === "dropped").length);
  });

  it("gives the map every territory and claim", async () => {
    const map = await getMapData(N);
    expect(map.territories).toHaveLength(27);
    expect(map.claims).toHaveLength(seed.claims.length);
    const donetsk = await getTerritoryDossier(N, "UA-14");
    expect(donetsk?.claims.length).toBe(seed.claims.filter((c) => c.territoryId === "UA-14").length);
  });
});
