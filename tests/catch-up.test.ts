// Catching up, on SQLite and PostgreSQL: a change an editor marks minor is left out; a record
// the reader opened after it changed is not repeated (read marks, written in batches); follows
// narrow the updates and refuse unknown targets; a new draft is one item that says what it
// brought, with the flagged substantive changes; a stance change carries its quote; the
// markers name the cell, territory and points a change concerns; a digest is its reader's own.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { firstCaseSeed } from "@/lib/seed/scope";
import { readSeedData } from "@/lib/seed/read";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
vi.stubEnv("PARLEY_QUERY_CACHE", "off");
const { createRecord, getRecord, listRevisions, setRevisionMinor, setStatus, updateRecord } = await import("@/lib/admin/service");
const { countChanges, listChanges } = await import("@/lib/updates/changes");
const { flushReadMarks, markRead, recordReads, recordScope } = await import("@/lib/updates/read-marks");
const { follow, listFollows, unfollow } = await import("@/lib/updates/follows");
const { digestReader, loadDigest } = await import("@/lib/updates/digest");
const { AppError } = await import("@/lib/http/errors");

const seed = firstCaseSeed(readSeedData());
const negotiationId = seed.negotiations[0].id;
const published = <T extends { status?: string }>(list: T[]) => list.filter((r) => r.status === "published");
const [cardA, cardB] = published(seed.cards);
const position = published(seed.positions)[0];
const claim = published(seed.claims)[0] ?? seed.claims[0];
const baseDraft = published(seed.drafts)[0];
const basePoint = seed["draft-points"].find((p) => p.draftId === baseDraft.id)!;
const editor = { id: "editor-c" };
const READER = "reader-c";

const ids = (groups: Awaited<ReturnType<typeof listChanges>>) => groups.flatMap((g) => g.items.map((i) => `${i.type} ${i.id}`));
const edit = async (type: string, id: string, patch: Record<string, unknown>, minor = false) => {
  const r = await getRecord(t.db, type, id);
  return updateRecord(t.db, type, id, r.version, { ...r.input, ...patch }, editor, "update", minor);
};

describeForEachDatabase("catching up", (provider) => {
  let since: Date;
  let draftId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    for (const [id, role] of [[READER, "analyst"], ["editor-c", "editor"]] as const) await t.db.user.create({ data: { id, email: `${id}@example.org`, name: id, role } });
    since = new Date(Date.now() - 1000);
    await markRead(READER, since);

    await edit("cards", cardA.id, { title: `${cardA.title} (revised)` });
    await edit("cards", cardB.id, { title: `${cardB.title} (typo fixed)` }, true);
    await edit("positions", position.id, { stance: position.stance === "opposes" ? "supports" : "opposes" });
    await edit("claims", claim.id, { summary: "A revised summary of the claim." });

    // A new draft, its point and the alignment the intake flagged, published together.
    const base = await getRecord(t.db, "drafts", baseDraft.id);
    const draft = await createRecord(t.db, "drafts", { ...base.input, name: "Later text", title: "A later text", revisesId: baseDraft.id, pointIds: [], citations: [] }, editor);
    draftId = draft.id;
    const point = await getRecord(t.db, "draft-points", basePoint.id);
    const { pointIds: _order, ...pointInput } = point.input as Record<string, unknown>;
    void _order;
    const newPoint = await createRecord(t.db, "draft-points", { ...pointInput, draftId, title: "The reworded point" }, editor);
    await createRecord(t.db, "alignments", { fromDraftId: baseDraft.id, toDraftId: draftId, fromPointId: basePoint.id, toPointId: newPoint.id, relation: "modified", reporting: "reported", note: "Flagged changes: modal shall → may", citations: [] }, editor);
    await setStatus(t.db, "drafts", draftId, (await getRecord(t.db, "drafts", draftId)).version, "published", editor, { withParts: true });
  });
  afterAll(async () => t.cleanup());

  it("lists the stance, the card, the claim and the new draft once each; the minor fix not at all", async () => {
    const groups = await listChanges({ since, hidden: [] });
    expect(ids(groups).sort()).toEqual([`cards ${cardA.id}`, `claims ${claim.id}`, `drafts ${draftId}`, `positions ${position.id}`].sort());
    expect(countChanges(groups)).toBe(4);
  });

  it("says what a new draft brought: its points, their relations and the flagged substantive changes", async () => {
    const draft = (await listChanges({ since, hidden: [] })).flatMap((g) => g.items).find((i) => i.id === draftId)!;
    expect(draft.change).toBe("new");
    expect(draft.parts).toEqual({ points: 1, relations: { modified: 1 }, flagged: [{ title: expect.stringContaining("The reworded point"), note: "Flagged changes: modal shall → may" }] });
  });

  it("shows a stance change with its labels and what the actor said", async () => {
    const item = (await listChanges({ since, hidden: [] })).find((g) => g.type === "positions")!.items[0];
    const stance = item.fields.find((f) => f.field === "stance")!;
    expect([stance.before, stance.after].sort()).toEqual(["Opposes", "Supports"].sort());
    expect(item.context.map((c) => c.field)).toContain("summary");
    // With who reported it.
    const sources = position.citations.map((c) => readSeedData().sources.find((src) => src.id === c.sourceId)!);
    expect(item.context.find((c) => c.field === "sources")?.after).toBe(sources.map((src) => `${src.outlet}, “${src.title}”`).join("; "));
    expect(item.subjects).toMatchObject({ actors: [position.actorId], issues: [position.issueId] });
  });

  it("names the territory of a claim and the points of a draft, for the markers", async () => {
    const items = (await listChanges({ since, hidden: [] })).flatMap((g) => g.items);
    expect(items.find((i) => i.type === "claims")!.subjects.territories).toEqual([claim.territoryId]);
  });

  it("a change marked minor afterwards leaves the updates; unmarked, it is back", async () => {
    const revision = (await listRevisions(t.db, "cards", cardA.id)).find((r) => r.action === "update")!;
    await setRevisionMinor(t.db, "cards", cardA.id, revision.id, true, editor);
    expect(ids(await listChanges({ since, hidden: [] }))).not.toContain(`cards ${cardA.id}`);
    await setRevisionMinor(t.db, "cards", cardA.id, revision.id, false, editor);
    expect(ids(await listChanges({ since, hidden: [] }))).toContain(`cards ${cardA.id}`);
    const publish = (await listRevisions(t.db, "drafts", draftId)).find((r) => r.action === "publish")!;
    await expect(setRevisionMinor(t.db, "drafts", draftId, publish.id, true, editor)).rejects.toMatchObject({ status: 400 });
    await expect(setRevisionMinor(t.db, "cards", cardB.id, revision.id, true, editor)).rejects.toMatchObject({ status: 404 });
  });

  it("does not repeat what the reader opened after it changed, once the batch is written", async () => {
    recordReads(READER, [recordScope("cards", cardA.id)]);
    // Counted at once by this instance, before the batch is written...
    expect(ids(await listChanges({ since, hidden: [], readerId: READER }))).not.toContain(`cards ${cardA.id}`);
    await flushReadMarks();
    expect(await t.db.readMark.count({ where: { userId: READER, scope: recordScope("cards", cardA.id) } })).toBe(1);
    expect(ids(await listChanges({ since, hidden: [], readerId: READER }))).not.toContain(`cards ${cardA.id}`);
    // ...for this reader only; and a chosen period still shows it.
    expect(ids(await listChanges({ since, hidden: [], readerId: "editor-c" }))).toContain(`cards ${cardA.id}`);
    expect(ids(await listChanges({ since, hidden: [] }))).toContain(`cards ${cardA.id}`);
    // Changed again after it was opened: new again.
    await edit("cards", cardA.id, { title: `${cardA.title} (revised twice)` });
    expect(ids(await listChanges({ since, hidden: [], readerId: READER }))).toContain(`cards ${cardA.id}`);
  });

  it("writes many read marks in one batch, never moving one back in time", async () => {
    const many = seed.cards.slice(0, 40).map((c) => recordScope("cards", c.id));
    recordReads(READER, many);
    recordReads(READER, many.slice(0, 5), new Date(0));
    await flushReadMarks();
    const marks = await t.db.readMark.findMany({ where: { userId: READER, scope: { in: many } } });
    expect(marks).toHaveLength(40);
  });

  it("narrows to what the reader follows; refuses what does not exist and writes nothing", async () => {
    await follow(READER, { targetType: "actors", targetId: position.actorId }, []);
    const follows = await listFollows(READER, []);
    expect(follows).toEqual([{ targetType: "actors", targetId: position.actorId, label: seed.actors.find((a) => a.id === position.actorId)!.name }]);
    const narrowed = ids(await listChanges({ since, hidden: [], follows }));
    expect(narrowed).toContain(`positions ${position.id}`);
    expect(narrowed).not.toContain(`drafts ${draftId}`);
    await follow(READER, { targetType: "drafts", targetId: draftId }, []);
    expect(ids(await listChanges({ since, hidden: [], follows: await listFollows(READER, []) }))).toContain(`drafts ${draftId}`);

    for (const target of [
      { targetType: "actors", targetId: "nobody" },
      { targetType: "tags", targetId: "no-such-tag" },
      { targetType: "issues", targetId: "no-such-issue" },
    ] as const) {
      await expect(follow(READER, target, [])).rejects.toMatchObject({ status: 404 });
    }
    // An issue of a negotiation hidden from this reader is as unknown as one that does not exist.
    const issue = seed.issues.find((i) => i.negotiationId === negotiationId)!;
    await expect(follow(READER, { targetType: "issues", targetId: issue.id }, [negotiationId])).rejects.toBeInstanceOf(AppError);
    expect(await t.db.follow.count({ where: { userId: READER } })).toBe(2);
    expect(await unfollow(READER, { targetType: "drafts", targetId: draftId })).toBe(true);
    expect(await unfollow(READER, { targetType: "drafts", targetId: draftId })).toBe(false);
  });

  it("prints a digest for its reader only: the command line names them, the app never prints another's", async () => {
    const viewer = { id: READER, email: `${READER}@example.org`, name: READER, role: "analyst" as const };
    expect(await digestReader(undefined, viewer, false)).toBe(viewer);
    await expect(digestReader("editor-c@example.org", viewer, false)).rejects.toMatchObject({ status: 403 });
    expect((await digestReader(`${READER}@example.org`, null, true)).id).toBe(READER);
    await expect(digestReader("nobody@example.org", null, true)).rejects.toMatchObject({ status: 404 });
    await expect(digestReader(undefined, null, true)).rejects.toMatchObject({ status: 400 });
    const digest = await loadDigest({ readerId: READER, since: since.toISOString().slice(0, 10), following: true });
    // Following the actor only: the stance, and whatever else names that actor; not the draft.
    const items = digest!.groups.flatMap((g) => g.items);
    expect(items.map((i) => `${i.type} ${i.id}`)).toContain(`positions ${position.id}`);
    expect(items.map((i) => i.type)).not.toContain("drafts");
    expect(items.every((i) => i.subjects.actors?.includes(position.actorId))).toBe(true);
  });

  it("follows and read marks go with the account", async () => {
    await t.db.user.delete({ where: { id: READER } });
    expect(await t.db.follow.count({ where: { userId: READER } })).toBe(0);
    expect(await t.db.readMark.count({ where: { userId: READER } })).toBe(0);
    // A batch for an account deleted meanwhile is dropped, not an error.
    recordReads(READER, [recordScope("cards", cardB.id)]);
    await flushReadMarks();
    expect(await t.db.readMark.count({ where: { userId: READER } })).toBe(0);
  });
});
