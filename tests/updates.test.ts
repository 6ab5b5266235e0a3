// "Since you last read", on SQLite and PostgreSQL: after a reader marks their updates read, an
// editor changes a published card and a stance, creates a card (unpublished, then published)
// and changes a card of a restricted negotiation; the reader's updates list exactly the changes
// readers could see, each with what it was and what it is now, and nothing once marked read.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { firstCaseSeed } from "@/lib/seed/scope";
import { readSeedData } from "@/lib/seed/read";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
vi.stubEnv("PARLEY_QUERY_CACHE", "off");
const { createRecord, getRecord, setStatus, updateRecord } = await import("@/lib/admin/service");
const { countChanges, lastRead, listChanges, markRead } = await import("@/lib/updates/changes");
const { hiddenNegotiationIds } = await import("@/lib/negotiations/access");
const { updatesFilterSchema, markReadSchema } = await import("@/lib/updates/schema");

const all = readSeedData();
const seed = firstCaseSeed(all);
const card = seed.cards.find((c) => c.status === "published")!;
const position = seed.positions.find((p) => p.status === "published")!;
const editor = { id: "editor-u" };
const other = all.negotiations.find((n) => n.id !== seed.negotiations[0].id)!;
const otherCard = all.cards.find((c) => c.negotiationId === other.id && c.status === "published")!;

describeForEachDatabase("since you last read", (provider) => {
  let since: Date;
  let newCardId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    for (const [id, role] of [["reader-u", "analyst"], ["editor-u", "editor"]] as const) await t.db.user.create({ data: { id, email: `${id}@example.org`, name: id, role } });
    await markRead("reader-u", new Date(Date.now() - 1000));
    since = await lastRead("reader-u");

    const c = await getRecord(t.db, "cards", card.id);
    await updateRecord(t.db, "cards", card.id, c.version, { ...c.input, title: `${card.title} (revised)` }, editor);
    const p = await getRecord(t.db, "positions", position.id);
    await updateRecord(t.db, "positions", position.id, p.version, { ...p.input, summary: "A new summary of the stance." }, editor);
    const created = await createRecord(t.db, "cards", { negotiationId: seed.negotiations[0].id, title: "A card written after", kind: "event", eventDate: "2026-02-10", importance: 2, body: "Body.", citations: [{ sourceId: seed.sources[0].id, locator: null }] }, editor);
    newCardId = created.id;
    // The second case becomes restricted: its changes are hidden from readers not named.
    await t.db.negotiation.update({ where: { id: other.id }, data: { restricted: true } });
    const o = await getRecord(t.db, "cards", otherCard.id);
    await updateRecord(t.db, "cards", otherCard.id, o.version, { ...o.input, title: `${otherCard.title} (revised)` }, editor);
  });
  afterAll(async () => t.cleanup());

  it("lists each published change once, with what it was and what it is now, the stances first", async () => {
    const groups = await listChanges({ since, hidden: await hiddenNegotiationIds({ id: "reader-u", role: "analyst" }) });
    expect(groups.map((g) => g.type)).toEqual(["positions", "cards"]);
    expect(countChanges(groups)).toBe(2);
    const [changedCard] = groups[1].items;
    expect(changedCard).toMatchObject({ id: card.id, change: "changed", title: `${card.title} (revised)`, href: `/n/${seed.negotiations[0].slug}/cards/${card.id}` });
    expect(changedCard.fields).toEqual([{ field: "title", label: "Title", before: card.title, after: `${card.title} (revised)` }]);
    expect(groups[0].items[0].fields.map((f) => [f.field, f.after])).toEqual([["summary", "A new summary of the stance."]]);
  });

  it("leaves out an unpublished card until it is published, then shows it as new", async () => {
    const hidden = await hiddenNegotiationIds({ id: "reader-u", role: "analyst" });
    expect((await listChanges({ since, hidden })).flatMap((g) => g.items.map((i) => i.id))).not.toContain(newCardId);
    const created = await getRecord(t.db, "cards", newCardId);
    await setStatus(t.db, "cards", newCardId, created.version, "published", editor);
    const item = (await listChanges({ since, hidden })).flatMap((g) => g.items).find((i) => i.id === newCardId);
    expect(item).toMatchObject({ change: "new", title: "A card written after", fields: [] });
  });

  it("shows a restricted negotiation's changes only to those who may read it, and narrows to one negotiation", async () => {
    const ids = async (hidden: string[], negotiationId?: string) => (await listChanges({ since, hidden, negotiationId })).flatMap((g) => g.items.map((i) => i.id));
    expect(await ids(await hiddenNegotiationIds({ id: "reader-u", role: "analyst" }))).not.toContain(otherCard.id);
    expect(await ids(await hiddenNegotiationIds({ id: "editor-u", role: "editor" }))).toContain(otherCard.id);
    expect(await ids([], other.id)).toEqual([otherCard.id]);
  });

  it("after mark all as read, nothing is new; an earlier date shows the period again", async () => {
    await markRead("reader-u");
    const after = await lastRead("reader-u");
    expect(countChanges(await listChanges({ since: after, hidden: [] }))).toBe(0);
    expect(countChanges(await listChanges({ since, hidden: [] }))).toBeGreaterThanOrEqual(3);
  });

  it("marks are the reader's own and go with the account", async () => {
    await t.db.user.delete({ where: { id: "reader-u" } });
    expect(await t.db.readMark.count({ where: { userId: "reader-u" } })).toBe(0);
  });
});

it("refuses a malformed date or time, naming it", () => {
  expect(updatesFilterSchema.safeParse({ since: "last week" }).error?.issues[0]).toMatchObject({ path: ["since"], message: "a date as YYYY-MM-DD" });
  expect(updatesFilterSchema.safeParse({ since: "2026-02-31" }).success).toBe(false);
  expect(updatesFilterSchema.safeParse({ since: "2026-02-10", negotiation: "gaza-2025" }).success).toBe(true);
  expect(markReadSchema.safeParse({ until: "yesterday" }).success).toBe(false);
});
