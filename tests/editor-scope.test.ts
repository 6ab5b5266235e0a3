// Roles per negotiation, through the HTTP API on SQLite and PostgreSQL: an admin limits an
// editor to one negotiation; the editor then changes records of that negotiation (and the
// shared actors and sources) but nothing of another — not directly, not through a parent
// record, not by moving a record across, not by an import — and every refusal writes nothing.
// An editor without limits, and an admin, change both.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readSeedData } from "@/lib/seed/read";
import { apiAs, type Api } from "./support/api";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");

const seed = readSeedData();
const first = seed.negotiations[0].id;
const firstIssue = seed.issues[0];
const firstPoint = seed["draft-points"][0];

async function writes() {
  return t.db.revision.count();
}

describeForEachDatabase("editors limited to some negotiations", (provider) => {
  let admin: Api & { userId: string };
  let limited: Api & { userId: string };
  let unlimited: Api;
  let other: { id: string; issueId: string };

  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    const handler = (r: Request) => getAuth().handler(r);
    admin = await apiAs(t.db, "admin", handler);
    limited = await apiAs(t.db, "editor", handler, "beat-editor@parley.test");
    unlimited = await apiAs(t.db, "editor", handler, "desk-editor@parley.test");
    const talks = await admin.post("/api/admin/negotiations", { title: "Other talks", slug: "other-talks", stage: "active", startedOn: null, endedOn: null, summary: "Another negotiation.", partyIds: [] });
    expect(talks.status, JSON.stringify(talks.body)).toBe(201);
    const issue = await admin.post("/api/admin/issues", { negotiationId: talks.body.id, title: "Other issue", description: "On the other table", sortOrder: 1 });
    other = { id: talks.body.id, issueId: issue.body.id };
    const scoped = await admin.put(`/api/admin/users/${limited.userId}`, { negotiationIds: [other.id] });
    expect(scoped.status, JSON.stringify(scoped.body)).toBe(200);
    expect(scoped.body.scopes).toEqual([{ negotiationId: other.id }]);
  });
  afterAll(async () => t.cleanup());

  it("the change of scope is in the audit log", async () => {
    const entry = await t.db.revision.findFirst({ where: { entityType: "users", entityId: limited.userId }, orderBy: { createdAt: "desc" } });
    expect(entry?.action).toBe(`negotiations: all → ${other.id}`);
  });

  it("changes records of its own negotiation, and the shared actors", async () => {
    const issue = await limited.get(`/api/admin/issues/${other.issueId}`);
    expect((await limited.put(`/api/admin/issues/${other.issueId}`, { version: issue.body.version, data: { ...issue.body.input, description: "Still on the other table" } })).status).toBe(200);
    const stance = await limited.post("/api/admin/positions", { actorId: seed.actors[0].id, issueId: other.issueId, stance: "supports", statedAt: "2026-02-01", dateApprox: false, summary: "Supports it (test).", quoteOriginal: null, quoteLanguage: null, translatedBy: null, quoteEnglish: null, citations: [{ sourceId: seed.sources[0].id }] });
    expect(stance.status, JSON.stringify(stance.body)).toBe(201);
    const actor = await limited.get(`/api/admin/actors/${seed.actors[1].id}`);
    expect((await limited.put(`/api/admin/actors/${seed.actors[1].id}`, { version: actor.body.version, data: actor.body.input })).status).toBe(200);
  });

  const REFUSED: { name: string; call: (api: Api) => Promise<{ status: number; body: unknown }> }[] = [
    {
      name: "editing an issue of the other negotiation",
      call: async (api) => {
        const issue = await api.get(`/api/admin/issues/${firstIssue.id}`);
        return api.put(`/api/admin/issues/${firstIssue.id}`, { version: issue.body.version, data: { ...issue.body.input, description: "Changed by the wrong team" } });
      },
    },
    { name: "adding a point to a draft of the other negotiation", call: (api) => api.post("/api/admin/draft-points", { draftId: firstPoint.draftId, number: 99, title: "Wrong team", textStatus: "paraphrase", confidence: null, text: "A point.", reported: null, issueIds: [], citations: [{ sourceId: seed.sources[0].id }] }) },
    {
      name: "moving its own issue into the other negotiation",
      call: async (api) => {
        const issue = await api.get(`/api/admin/issues/${other.issueId}`);
        return api.put(`/api/admin/issues/${other.issueId}`, { version: issue.body.version, data: { ...issue.body.input, negotiationId: first } });
      },
    },
    {
      name: "publishing a draft of the other negotiation",
      call: async (api) => {
        const draft = await api.get(`/api/admin/drafts/${firstPoint.draftId}`);
        return api.post(`/api/admin/drafts/${firstPoint.draftId}/status`, { status: "draft", version: draft.body.version });
      },
    },
    { name: "deleting a draft of the other negotiation", call: async (api) => api.del(`/api/admin/drafts/${firstPoint.draftId}?version=${(await api.get(`/api/admin/drafts/${firstPoint.draftId}`)).body.version}`) },
    { name: "adding a negotiation", call: (api) => api.post("/api/admin/negotiations", { title: "Third talks", slug: "third-talks", stage: "active", startedOn: null, endedOn: null, summary: "x", partyIds: [] }) },
    { name: "importing a dataset (it replaces every negotiation)", call: async (api) => api.post("/api/admin/import?dryRun=false", (await api.get("/api/admin/export")).body) },
  ];
  describe("refuses, writing nothing", () => {
    for (const r of REFUSED) {
      it(r.name, async () => {
        const before = await writes();
        const res = await r.call(limited);
        expect(res.status, JSON.stringify(res.body)).toBe(403);
        expect(await writes()).toBe(before);
      });
    }
  });

  it("an editor without limits changes either negotiation", async () => {
    const issue = await unlimited.get(`/api/admin/issues/${firstIssue.id}`);
    expect((await unlimited.put(`/api/admin/issues/${firstIssue.id}`, { version: issue.body.version, data: issue.body.input })).status).toBe(200);
    const otherIssue = await unlimited.get(`/api/admin/issues/${other.issueId}`);
    expect((await unlimited.put(`/api/admin/issues/${other.issueId}`, { version: otherIssue.body.version, data: otherIssue.body.input })).status).toBe(200);
  });

  it("lifting the limit (an empty list) lets the editor change every negotiation again", async () => {
    expect((await admin.put(`/api/admin/users/${limited.userId}`, { negotiationIds: [] })).status).toBe(200);
    const issue = await limited.get(`/api/admin/issues/${firstIssue.id}`);
    expect((await limited.put(`/api/admin/issues/${firstIssue.id}`, { version: issue.body.version, data: issue.body.input })).status).toBe(200);
  });

  it("an admin names the analysts who may read a restricted negotiation; the change is audited, a bad id writes nothing", async () => {
    const reader = await apiAs(t.db, "analyst", (r: Request) => getAuth().handler(r), "named-reader@parley.test");
    const before = await writes();
    const bad = await admin.put(`/api/admin/users/${reader.userId}`, { readsNegotiationIds: [other.id, "no-such-talks"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("readsNegotiationIds");
    expect(await writes()).toBe(before);
    expect(await t.db.negotiationReader.count({ where: { userId: reader.userId } })).toBe(0);

    const named = await admin.put(`/api/admin/users/${reader.userId}`, { readsNegotiationIds: [other.id] });
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    expect(named.body.reads).toEqual([{ negotiationId: other.id }]);
    const entry = await t.db.revision.findFirst({ where: { entityType: "users", entityId: reader.userId }, orderBy: { createdAt: "desc" } });
    expect(entry?.action).toBe(`restricted reading: none → ${other.id}`);
    // Only admins name readers.
    expect((await unlimited.put(`/api/admin/users/${reader.userId}`, { readsNegotiationIds: [] })).status).toBe(403);
  });
});
