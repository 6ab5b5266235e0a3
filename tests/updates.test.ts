// "Since you last read" and the reader's feeds, on SQLite and PostgreSQL: after a reader marks their updates read, an
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
const { countChanges, listChanges, pageOfChanges } = await import("@/lib/updates/changes");
const { lastRead, markRead } = await import("@/lib/updates/read-marks");
const { hiddenNegotiationIds } = await import("@/lib/negotiations/access");
const { updatesFilterSchema, markReadSchema, markersQuerySchema, readMarksSchema } = await import("@/lib/updates/schema");
const { createFeedToken, revokeFeedTokens } = await import("@/lib/updates/feeds");

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
    expect(changedCard.fields).toEqual([{ field: "title", label: "Title", before: card.title, after: `${card.title} (revised)`, prose: true }]);
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
    // A save that changes nothing readers see is not a change.
    const c = await getRecord(t.db, "cards", card.id);
    await updateRecord(t.db, "cards", card.id, c.version, c.input, editor);
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
  expect(markersQuerySchema.safeParse({ negotiation: "border-talks-2030", since: "2026-02-30" }).error?.issues[0].path).toEqual(["since"]);
  expect(markersQuerySchema.safeParse({ negotiation: "border-talks-2030", view: "cards" }).error?.issues[0].path).toEqual(["view"]);
  expect(updatesFilterSchema.safeParse({ following: "yes" }).error?.issues[0].path).toEqual(["following"]);
});

it("takes read marks of kinds of record (and views) only, at most 200 at a time", () => {
  expect(readMarksSchema.safeParse({ records: [{ type: "cards", id: "c1" }, { type: "view", id: "positions border-talks-2030" }] }).success).toBe(true);
  expect(readMarksSchema.safeParse({ records: [{ type: "secrets", id: "x" }] }).error?.issues[0].message).toBe("Not a kind of record");
  expect(readMarksSchema.safeParse({ records: [] }).success).toBe(false);
  expect(readMarksSchema.safeParse({ records: Array.from({ length: 201 }, (_, i) => ({ type: "cards", id: `c${i}` })) }).success).toBe(false);
});

// The reader's feeds: read with a token (stored hashed), never with the session; a new token ends
// the old one, a revoked or malformed one is refused with 401 / 400.
describeForEachDatabase("feeds of a reader's updates", (provider) => {
  const feedRoute = () => import("@/app/feeds/[file]/route");
  const get = async (file: string) => (await feedRoute()).GET(new Request(`https://parley.test/feeds/${file}`), { params: Promise.resolve({ file }) });

  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    await t.db.user.create({ data: { id: "feed-reader", email: "feed-reader@example.org", name: "Feed Reader", role: "analyst" } });
    await t.db.user.create({ data: { id: "editor-u", email: "editor-u@example.org", name: "Editor", role: "editor" } });
    const c = await getRecord(t.db, "cards", card.id);
    await updateRecord(t.db, "cards", card.id, c.version, { ...c.input, title: `${card.title} (for the feed)` }, editor);
  });
  afterAll(async () => t.cleanup());

  it("serves the changes as Atom and as JSON Feed, with the token only, stored hashed", async () => {
    const token = await createFeedToken("feed-reader");
    expect(await t.db.feedToken.count({ where: { tokenHash: token } })).toBe(0);
    const atom = await get(`${token}.atom`);
    expect(atom.status).toBe(200);
    expect(atom.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    const xml = await atom.text();
    expect(xml).toContain("<feed");
    expect(xml).toContain(`Changed: ${card.title} (for the feed)`);
    const json = await (await get(`${token}.json`)).json();
    expect(json.version).toMatch(/^https:\/\/jsonfeed.org\/version\/1/);
    expect(json.items.map((i: { title: string }) => i.title)).toContain(`Changed: ${card.title} (for the feed)`);
    expect(json.items.find((i: { title: string }) => i.title.includes("(for the feed)")).url).toBe(`https://parley.test/n/${seed.negotiations[0].slug}/cards/${card.id}`);
  });

  it("ends the old address when a new one is made, and refuses revoked, unknown and malformed ones", async () => {
    const old = await createFeedToken("feed-reader");
    const current = await createFeedToken("feed-reader");
    expect((await get(`${old}.atom`)).status).toBe(401);
    expect((await get(`${current}.atom`)).status).toBe(200);
    expect(await revokeFeedTokens("feed-reader")).toBe(1);
    const revoked = await get(`${current}.json`);
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toMatch(/no longer valid/);
    expect((await get("not-a-token.atom")).status).toBe(400);
    expect((await get(`${"A".repeat(43)}.atom`)).status).toBe(401);
    expect((await get(`${current}.rss`)).status).toBe(404);
  });

  it("go with the account", async () => {
    await createFeedToken("feed-reader");
    await t.db.user.delete({ where: { id: "feed-reader" } });
    expect(await t.db.feedToken.count({ where: { userId: "feed-reader" } })).toBe(0);
  });
});

it("pages the changes in the order they are shown, each group saying how many it has in all", () => {
  const item = (type: "positions" | "cards", n: number) => ({ type, id: `${type}-${n}`, title: "", change: "changed" as const, at: new Date(0), href: null, negotiation: null, fields: [], context: [], subjects: {} });
  const groups = [
    { type: "positions" as const, label: "Positions", items: Array.from({ length: 150 }, (_, n) => item("positions", n)) },
    { type: "cards" as const, label: "Cards", items: Array.from({ length: 80 }, (_, n) => item("cards", n)) },
  ];
  const first = pageOfChanges(groups, 1, 100);
  expect(first.pageCount).toBe(3);
  expect(first.groups.map((g) => [g.type, g.items.length, g.total])).toEqual([["positions", 100, 150]]);
  const second = pageOfChanges(groups, 2, 100);
  expect(second.groups.map((g) => [g.type, g.items.length, g.total])).toEqual([["positions", 50, 150], ["cards", 50, 80]]);
  expect(second.groups[1].items[0].id).toBe("cards-0");
  // Past the end: the last page.
  expect(pageOfChanges(groups, 9, 100).page).toBe(3);
});
