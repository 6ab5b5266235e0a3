// Every kind of record, through the HTTP API as an editor, on SQLite and PostgreSQL: create,
// read back, edit, restore, review and publish, delete — generated from the list of kinds, so a
// new kind cannot ship untested (its sample below is required by the type, and a test fails
// when the list and the samples disagree). Then every seeded record is opened and saved back
// unchanged, as an editor would from its form.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { KIND_LIST, KINDS, type KindName } from "@/lib/records";
import { SAMPLES } from "./support/samples";
import { readSeedData } from "@/lib/seed/read";
import { apiAs, type Api } from "./support/api";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");

const seed = readSeedData();

const url = (type: string, id?: string, tail = "") => `/api/admin/${type}${id ? `/${encodeURIComponent(id)}` : ""}${tail}`;

it("has a sample for exactly the kinds there are", () => {
  expect(Object.keys(SAMPLES).sort()).toEqual(KIND_LIST.map((k) => k.type).sort());
  for (const kind of KIND_LIST) expect(KINDS[kind.type as KindName]).toBe(kind);
});

describeForEachDatabase("every kind of record through the API", (provider) => {
  let editor: Api;
  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    editor = await apiAs(t.db, "editor", (r) => getAuth().handler(r));
  });
  afterAll(async () => t.cleanup());

  for (const kind of KIND_LIST) {
    const sample = SAMPLES[kind.type as KindName];
    it(`${kind.label.many}: create, read back, edit, restore, ${kind.publishable ? "review and publish, " : ""}delete`, async () => {
      const created = await editor.post(url(kind.type), sample.input);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id: string = created.body.id;
      expect(created.body.version).toBe(1);
      if (kind.publishable) expect(created.body.status).toBe("draft");

      const read = await editor.get(url(kind.type, id));
      expect(read.status).toBe(200);
      expect(read.body.input).toMatchObject(sample.input);

      const edited = await editor.put(url(kind.type, id), { version: 1, data: { ...read.body.input, ...sample.edit } });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect(edited.body.version).toBe(2);
      expect((await editor.get(url(kind.type, id))).body.input).toMatchObject(sample.edit);

      const revisions = await editor.get(url(kind.type, id, "/revisions"));
      expect(revisions.body.map((r: { action: string }) => r.action)).toEqual(["update", "create"]);
      const createdRevision = revisions.body[1];
      const restored = await editor.post(url(kind.type, id, "/restore"), { version: 2, revisionId: createdRevision.id });
      expect(restored.status, JSON.stringify(restored.body)).toBe(200);
      expect(restored.body.version).toBe(3);
      expect((await editor.get(url(kind.type, id))).body.input).toMatchObject(sample.input);

      let version = 3;
      if (kind.publishable) {
        const submitted = await editor.post(url(kind.type, id, "/status"), { status: "in_review", version });
        expect(submitted.body.status).toBe("in_review");
        const published = await editor.post(url(kind.type, id, "/status"), { status: "published", version: submitted.body.version });
        expect(published.status).toBe(200);
        expect(published.body.status).toBe("published");
        version = published.body.version;
      }

      expect((await editor.del(url(kind.type, id, `?version=${version - 1}`))).status).toBe(409);
      expect((await editor.get(url(kind.type, id))).status).toBe(200);
      expect((await editor.del(url(kind.type, id, `?version=${version}`))).status).toBe(204);
      expect((await editor.get(url(kind.type, id))).status).toBe(404);

      // Every step is in the audit log, named by the record's title.
      const audit = await editor.get(`/api/admin/audit?entity=${kind.type}&pageSize=50`);
      const steps = audit.body.items.filter((e: { entityId: string }) => e.entityId === id);
      expect(steps.map((e: { action: string }) => e.action)).toEqual(["delete", ...(kind.publishable ? ["publish", "submit"] : []), "restore v1", "update", "create"]);
      expect(steps.every((e: { title: string }) => e.title.length > 0 && e.title !== id)).toBe(true);
    });
  }

  it("puts a new draft point after the last one, or where its position says", async () => {
    const before = (await editor.get(url("drafts", "plan20"))).body.input.pointIds as string[];
    const last = await editor.post(url("draft-points"), { ...SAMPLES["draft-points"].input, title: "Goes last" });
    expect(last.status).toBe(201);
    const first = await editor.post(url("draft-points"), { ...SAMPLES["draft-points"].input, title: "Goes first", position: 1 });
    expect(first.status).toBe(201);
    const after = (await editor.get(url("drafts", "plan20"))).body.input.pointIds as string[];
    expect(after).toEqual([first.body.id, ...before, last.body.id]);
  });

  it("publishes a draft with its points and alignments in one step", async () => {
    const draft = await editor.post(url("drafts"), { ...SAMPLES.drafts.input, name: "Draft with parts" });
    const point = await editor.post(url("draft-points"), { ...SAMPLES["draft-points"].input, draftId: draft.body.id });
    const link = await editor.post(url("alignments"), { ...SAMPLES.alignments.input, toDraftId: draft.body.id, toPointId: point.body.id });
    expect([draft.status, point.status, link.status]).toEqual([201, 201, 201]);
    const published = await editor.post(url("drafts", draft.body.id, "/status"), { status: "published", version: draft.body.version, withParts: true });
    expect(published.status).toBe(200);
    expect(published.body.parts).toBe(2);
    expect((await editor.get(url("draft-points", point.body.id))).body.status).toBe("published");
    expect((await editor.get(url("alignments", link.body.id))).body.status).toBe("published");
  });
});

describeForEachDatabase("every seeded record", (provider) => {
  let editor: Api;
  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    editor = await apiAs(t.db, "editor", (r) => getAuth().handler(r));
  });
  afterAll(async () => t.cleanup());

  for (const kind of KIND_LIST) {
    it(`${kind.label.many}: each opens in its form and saves back unchanged`, async () => {
      const expected = seed[kind.type as KindName].length;
      const listed = await editor.get(`${url(kind.type)}?pageSize=200`);
      expect(listed.body.total).toBe(expected);
      const refused: string[] = [];
      const ids: string[] = [];
      for (let page = 1; page <= Math.ceil(expected / 200); page++) ids.push(...((await editor.get(`${url(kind.type)}?pageSize=200&page=${page}`)).body.items as { id: string }[]).map((i) => i.id));
      expect(ids).toHaveLength(expected);
      // Four editors' saves in flight at a time, as a busy newsroom would make them.
      const queue = [...ids];
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const opened = await editor.get(url(kind.type, id));
          const saved = await editor.put(url(kind.type, id), { version: opened.body.version, data: opened.body.input });
          if (saved.status !== 200) refused.push(`${id}: ${JSON.stringify(saved.body.error)}`);
          else expect(saved.body.input, id).toEqual(opened.body.input);
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      expect(refused).toEqual([]);
    });
  }
});
