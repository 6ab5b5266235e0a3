// A negotiation's reader settings, on SQLite and PostgreSQL: the comparison readers see first
// and the metrics of the key-figures chart are the editors' choice (data), not ids in the code.
// An editor sets them through the HTTP API; bad choices are refused field by field.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { readSeedData } from "@/lib/seed/read";
import { apiAs, type Api } from "./support/api";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");
const { defaultComparison, listDrafts } = await import("@/lib/drafts/queries");
const { getFiguresChart } = await import("@/lib/charts/queries");

const seed = readSeedData();
const first = seed.negotiations[0];
const firstDrafts = seed.drafts.filter((d) => d.negotiationId === first.id);

describeForEachDatabase("negotiation settings", (provider) => {
  let editor: Api;
  let other: { id: string; draftIds: string[] };

  async function saveNegotiation(id: string, change: Record<string, unknown>) {
    const current = await editor.get(`/api/admin/negotiations/${id}`);
    return editor.put(`/api/admin/negotiations/${id}`, { version: current.body.version, data: { ...current.body.input, ...change } });
  }

  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    editor = await apiAs(t.db, "editor", (r: Request) => getAuth().handler(r));
    const talks = await editor.post("/api/admin/negotiations", { title: "Other talks", slug: "other-talks", stage: "active", startedOn: null, endedOn: null, summary: "Another negotiation.", partyIds: [] });
    expect(talks.status, JSON.stringify(talks.body)).toBe(201);
    const draftIds: string[] = [];
    for (const [name, date] of [["Other A", "2026-01-10"], ["Other B", "2026-02-10"]]) {
      const draft = await editor.post("/api/admin/drafts", { negotiationId: talks.body.id, name, title: `${name} draft`, date, origin: "Test", provenance: "official", summary: "A test draft.", declaredPointCount: null, notes: null, revisesId: draftIds[0] ?? null, citations: [{ sourceId: seed.sources[0].id }] });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      draftIds.push(draft.body.id);
    }
    other = { id: talks.body.id, draftIds };
  });
  afterAll(async () => t.cleanup());

  it("readers first see the comparison the negotiation names", async () => {
    expect(first.compareFromId && first.compareToId, "the seed names the first case's default comparison").toBeTruthy();
    expect(await defaultComparison(first.id, await listDrafts(first.id))).toEqual({ a: first.compareFromId, b: first.compareToId });
  });

  it("refuses a comparison of another negotiation's drafts, of one draft, or of a draft with itself", async () => {
    const [a, b] = other.draftIds;
    const foreign = await saveNegotiation(first.id, { compareFromId: a, compareToId: firstDrafts[0].id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toHaveProperty("compareFromId");
    const half = await saveNegotiation(other.id, { compareFromId: a, compareToId: null });
    expect(half.status).toBe(400);
    expect(half.body.error.fields).toHaveProperty("compareToId");
    const same = await saveNegotiation(other.id, { compareFromId: b, compareToId: b });
    expect(same.status).toBe(400);
    expect(same.body.error.fields).toHaveProperty("compareToId");
  });

  it("without a choice, the newest draft is compared with the one it revises; with one, the choice", async () => {
    const [a, b] = other.draftIds;
    for (const id of [a, b]) {
      const { body } = await editor.get(`/api/admin/drafts/${id}`);
      expect((await editor.post(`/api/admin/drafts/${id}/status`, { status: "published", version: body.version, withParts: true })).status).toBe(200);
    }
    const drafts = await listDrafts(other.id, "all");
    expect(await defaultComparison(other.id, drafts)).toEqual({ a, b });
    expect((await saveNegotiation(other.id, { compareFromId: b, compareToId: a })).status).toBe(200);
    expect(await defaultComparison(other.id, drafts)).toEqual({ a: b, b: a });
  });

  it("the key-figures chart shows the metrics the negotiation charts, in their order and one unit", async () => {
    const charted = seed.metrics.filter((m) => m.negotiationId === first.id && m.chartOrder != null).sort((x, y) => x.chartOrder! - y.chartOrder!);
    expect(charted.length, "the seed charts some of the first case's metrics").toBeGreaterThan(0);
    const chart = await getFiguresChart(first.id);
    expect(chart.groups).toEqual(charted.map((m) => m.name));
    expect(chart.unit).toBe(charted[0].unit);
    const values = seed["metric-values"].filter((v) => charted.some((m) => m.id === v.metricId) && v.status === "published");
    expect(chart.data).toHaveLength(values.length);

    // Another negotiation's charted metric stays out; one in another unit is not drawn to this scale.
    expect((await getFiguresChart(other.id)).unit).toBeNull();
    const money = await editor.post("/api/admin/metrics", { negotiationId: other.id, name: "Pledged money", unit: "USD", category: "aid", description: null, chartOrder: 1 });
    expect(money.status, JSON.stringify(money.body)).toBe(201);
    const troops = await editor.post("/api/admin/metrics", { negotiationId: other.id, name: "Troops", unit: "troops", category: "security", description: null, chartOrder: 2 });
    expect(troops.status, JSON.stringify(troops.body)).toBe(201);
    expect((await getFiguresChart(first.id)).groups).toEqual(charted.map((m) => m.name));
    const otherChart = await getFiguresChart(other.id);
    expect(otherChart.groups).toEqual(["Pledged money"]);
    expect(otherChart.unit).toBe("USD");

    const bad = await editor.post("/api/admin/metrics", { negotiationId: other.id, name: "Bad", unit: "x", category: "y", description: null, chartOrder: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("chartOrder");
  });
});
