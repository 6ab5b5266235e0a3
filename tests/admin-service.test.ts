// Editorial mutations on both databases: validation with nothing written, optimistic
// concurrency (409), revisions with restore, deletion rules, and the JSON export/import.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { AppError } from "@/lib/http/errors";
import { readSeedData } from "@/lib/seed/read";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";
import { addUser } from "./support/auth";
import { checksum } from "@/lib/db/copy";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const service = await import("@/lib/admin/service");
const transfer = await import("@/lib/admin/transfer");

const seed = readSeedData();

/** The AppError a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describeForEachDatabase("admin service", (provider) => {
  let editor: { id: string };
  beforeEach(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    editor = await addUser(t.db, "editor");
  });
  afterEach(async () => t.cleanup());

  const actor = seed.actors[0];
  const issue = seed.issues[0];
  const source = seed.sources[0];
  const newPosition = {
    actorId: actor.id,
    issueId: issue.id,
    stance: "opposes",
    summary: "Restated opposition",
    statedAt: "2026-01-15",
    citations: [{ sourceId: source.id, locator: "para 3" }],
  };

  it("creates a record with its citations and a first revision", async () => {
    const created = await service.createRecord(t.db, "positions", newPosition, editor);
    expect(created.version).toBe(1);
    expect(created.input).toMatchObject({ ...newPosition, citations: [{ sourceId: source.id, locator: "para 3" }] });
    const revisions = await service.listRevisions(t.db, "positions", created.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", version: 1, user: { email: "editor@parley.test" } });
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const before = await t.db.position.count();
    const revisionsBefore = await t.db.revision.count();
    const wrongTypes = await failure(service.createRecord(t.db, "positions", { ...newPosition, stance: "maybe", statedAt: "15/01/2026" }, editor));
    expect(wrongTypes.status).toBe(400);
    expect(Object.keys(wrongTypes.fields!)).toEqual(expect.arrayContaining(["stance", "statedAt"]));

    const unknownField = await failure(service.createRecord(t.db, "positions", { ...newPosition, isAdmin: true }, editor));
    expect(unknownField.status).toBe(400);

    const dangling = await failure(service.createRecord(t.db, "positions", { ...newPosition, actorId: "no-such-actor" }, editor));
    expect(dangling.status).toBe(400);
    expect(dangling.fields!.actorId[0]).toMatch(/Not found/);

    const badSource = await failure(service.createRecord(t.db, "positions", { ...newPosition, citations: [{ sourceId: "gone" }] }, editor));
    expect(badSource.fields!.citations[0]).toMatch(/Not found.*gone/);

    expect(await t.db.position.count()).toBe(before);
    expect(await t.db.revision.count()).toBe(revisionsBefore);
  });

  it("refuses a save based on an outdated version with 409 and the current record, keeping the first save", async () => {
    const card = seed.cards[0];
    const opened = await service.getRecord(t.db, "cards", card.id);
    const mine = await service.updateRecord(t.db, "cards", card.id, opened.version, { ...opened.input, title: "First editor's title" }, editor);
    expect(mine.version).toBe(opened.version + 1);

    const conflict = await failure(service.updateRecord(t.db, "cards", card.id, opened.version, { ...opened.input, title: "Second editor's title" }, editor));
    expect(conflict.status).toBe(409);
    // The 409 carries theirs and the version both editors started from, for a three-way merge.
    const detail = conflict.detail as { theirs: { version: number; input: { title: string } }; base: { title: string } | null };
    expect(detail.theirs.input.title).toBe("First editor's title");
    expect(detail.theirs.version).toBe(opened.version + 1);
    expect(detail.base?.title).toBe(card.title);
    expect((await service.getRecord(t.db, "cards", card.id)).input.title).toBe("First editor's title");
  });

  it("restores an earlier revision as a new save", async () => {
    const card = seed.cards[0];
    const original = await service.getRecord(t.db, "cards", card.id);
    const edited = await service.updateRecord(t.db, "cards", card.id, original.version, { ...original.input, title: "Edited", tags: ["new-tag"] }, editor);
    // Edit twice, then go back to the first edit.
    const again = await service.updateRecord(t.db, "cards", card.id, edited.version, { ...edited.input, title: "Edited twice" }, editor);
    const [, first] = await service.listRevisions(t.db, "cards", card.id);
    const restored = await service.restoreRevision(t.db, "cards", card.id, again.version, first.id, editor);
    expect(restored.input.title).toBe("Edited");
    expect(restored.input.tags).toEqual(["new-tag"]);
    const revisions = await service.listRevisions(t.db, "cards", card.id);
    expect(revisions[0].action).toBe(`restore v${first.version}`);
    // The seeded state was kept as a baseline before the first edit, so it can come back too.
    const baseline = revisions.find((r) => r.action === "baseline")!;
    expect(baseline.version).toBe(original.version);
    const back = await service.restoreRevision(t.db, "cards", card.id, restored.version, baseline.id, editor);
    expect(back.input).toEqual(original.input);
  });

  it("publishes and unpublishes a card, recording each step", async () => {
    const draft = seed.cards.find((c) => c.status !== "published")!;
    let record = await service.getRecord(t.db, "cards", draft.id);
    record = await service.setStatus(t.db, "cards", draft.id, record.version, "in_review", editor);
    record = await service.setStatus(t.db, "cards", draft.id, record.version, "published", editor);
    expect((await t.db.card.findUniqueOrThrow({ where: { id: draft.id } })).publishedAt).not.toBeNull();
    record = await service.setStatus(t.db, "cards", draft.id, record.version, "draft", editor);
    expect(record.status).toBe("draft");
    expect((await service.listRevisions(t.db, "cards", draft.id)).map((r) => r.action)).toEqual(["unpublish", "publish", "submit", "baseline"]);
  });

  it("refuses to delete what is still referenced, and deletes what is not", async () => {
    const record = await service.getRecord(t.db, "actors", actor.id);
    const inUse = await failure(service.deleteRecord(t.db, "actors", actor.id, record.version, editor));
    expect(inUse.status).toBe(409);
    expect(inUse.message).toMatch(/Still used by \d+ positions/);
    expect(await t.db.actor.count({ where: { id: actor.id } })).toBe(1);

    const lonely = await service.createRecord(t.db, "issues", { negotiationId: "ukraine-2025", title: "Unused issue", description: "Nothing refers to it" }, editor);
    await service.deleteRecord(t.db, "issues", lonely.id, lonely.version, editor);
    expect(await t.db.issue.count({ where: { id: lonely.id } })).toBe(0);
    expect((await service.listRevisions(t.db, "issues", lonely.id))[0].action).toBe("delete");
  });

  it("rejects a duplicate briefing slug on its field", async () => {
    const existing = seed.briefings[0];
    const error = await failure(service.createRecord(t.db, "briefings", { negotiationId: "ukraine-2025", slug: existing.slug, title: "Copy", summary: "x" }, editor));
    expect(error.status).toBe(400);
    expect(error.fields!.slug[0]).toMatch(/already uses/);
  });

  it("exports the dataset and imports it back without loss, after a dry run that reports the changes", async () => {
    const exported = await transfer.exportDataset(t.db);
    // Change something, then bring the export back.
    const card = await service.getRecord(t.db, "cards", seed.cards[0].id);
    await service.updateRecord(t.db, "cards", card.id, card.version, { ...card.input, title: "Changed after export" }, editor);
    await service.createRecord(t.db, "issues", { negotiationId: "ukraine-2025", title: "Added after export", description: "x" }, editor);

    const parsed = transfer.parseDataset(JSON.parse(JSON.stringify(exported)));
    const report = await transfer.diffDataset(t.db, parsed);
    expect(report.find((r) => r.table === "card")).toMatchObject({ changed: 1, added: 0, removed: 0 });
    expect(report.find((r) => r.table === "issue")).toMatchObject({ removed: 1 });

    await transfer.importDataset(t.db, provider, parsed);
    const again = await transfer.exportDataset(t.db);
    for (const table of Object.keys(exported.tables)) expect(checksum(again.tables[table]), table).toBe(checksum(exported.tables[table]));
    for (const table of Object.keys(exported.joins)) expect(checksum(again.joins[table]), table).toBe(checksum(exported.joins[table]));
  });

  it("refuses a malformed or inconsistent import and changes nothing", async () => {
    expect((await failure(Promise.resolve().then(() => transfer.parseDataset({ format: "something else" })))).status).toBe(400);
    const exported = await transfer.exportDataset(t.db);
    const broken = structuredClone(exported);
    (broken.tables.position as Record<string, unknown>[])[0].actorId = "no-such-actor";
    const before = await t.db.position.count();
    const error = await failure(transfer.importDataset(t.db, provider, transfer.parseDataset(broken)));
    expect(error.status).toBe(400);
    expect(await t.db.position.count()).toBe(before);
    expect(checksum((await transfer.exportDataset(t.db)).tables.card)).toBe(checksum(exported.tables.card));
  });
});
