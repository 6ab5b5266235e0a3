// Each negotiation's reader views show only its own records; actors and sources are shared.
// The negotiation behind a slug is resolved in one place (lib/negotiations): readers see
// published ones, editors previewing (?preview=1) also unpublished ones.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { readSeedData } from "@/lib/seed/read";
import { firstCaseSeed } from "@/lib/seed/scope";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { TEST_ORIGIN } from "./support/auth";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
vi.stubEnv("PARLEY_QUERY_CACHE", "off");
// The route handlers are called without a session: published content is open to read.
vi.stubEnv("PUBLIC_READ", "true");
const { findNegotiation, firstCase, listNegotiations, listNegotiationOverviews, weeklyActivity } = await import("@/lib/negotiations/queries");
const { negotiationFromRequest, optionalNegotiationFromRequest } = await import("@/lib/negotiations/resolve");
const { hiddenNegotiationIds } = await import("@/lib/negotiations/access");
const { listCards, getCard, getCardFilterOptions } = await import("@/lib/cards/queries");
const { cardFilterSchema } = await import("@/lib/cards/schema");
const { getPositionMatrix, getPositionHistory } = await import("@/lib/positions/queries");
const { listDrafts, getComparison, getLineage } = await import("@/lib/drafts/queries");
const { getMapData, getTerritoryDossier } = await import("@/lib/territories/queries");
const { getIssueDossier, listIssues } = await import("@/lib/issues/queries");
const { getActorDossier } = await import("@/lib/actors/queries");
const { getSourceDossier } = await import("@/lib/sources/queries");
const { listPublishedBriefings } = await import("@/lib/briefings/queries");
const { positionsCsv } = await import("@/lib/positions/csv");
const positionsRoute = await import("@/app/api/positions/route");
const cardsRoute = await import("@/app/api/cards/route");

const allSeed = readSeedData();
// The seed's own negotiations (the first case and the folders' cases), published ones, in the order they are created.
const seeded = allSeed.negotiations.filter((n) => n.status === "published").map((n) => n.slug);
/** The first case's part of the seed: what its views should show. */
const seed = firstCaseSeed(allSeed);
const first = seed.negotiations[0];
const analyst: Viewer = { id: "a", email: "a@example.org", name: "A", role: "analyst" };
const editor: Viewer = { id: "e", email: "e@example.org", name: "E", role: "editor" };
const request = (query: string) => new Request(`${TEST_ORIGIN}/api/x?${query}`);
const none = z.object({ preview: z.literal("1").optional() });

/** A second negotiation with one of each: issue + position (by an actor of the first), drafts, card, territory. */
const SECOND = { id: "second-case", slug: "second-case" };
const sharedActor = seed.positions[0].actorId;
const sharedSource = seed.sources[0].id;

async function createSecondNegotiation(status: "published" | "draft") {
  const db = t.db;
  await db.negotiation.create({ data: { ...SECOND, title: "A second case", summary: "For the test.", status, createdAt: new Date(Date.now() + 1000) } });
  await db.issue.create({ data: { id: "second-issue", negotiationId: SECOND.id, title: "Second issue", description: "Only in the second case." } });
  await db.position.create({ data: { id: "second-position", actorId: sharedActor, issueId: "second-issue", stance: "supports", summary: "Supports it.", statedAt: new Date("2025-10-01"), status: "published" } });
  for (const [id, date] of [["second-draft-a", "2025-09-29"], ["second-draft-b", "2025-10-09"]] as const)
    await db.draft.create({ data: { id, negotiationId: SECOND.id, name: id, title: id, date: new Date(date), origin: "test", provenance: "official", summary: "", status: "published" } });
  await db.draftPoint.create({ data: { id: "second-point", draftId: "second-draft-a", number: 1, sortOrder: 1, title: "A point", text: "Text.", textStatus: "verbatim", status: "published" } });
  await db.card.create({
    data: { id: "second-card", negotiationId: SECOND.id, title: "Second case card", body: "Ceasefire in the second case.", kind: "event", eventDate: new Date("2025-10-10"), status: "published", actors: { connect: { id: sharedActor } }, citations: { create: { sourceId: sharedSource } } },
  });
  const template = await db.territory.findFirstOrThrow({ where: { negotiationId: first.id } });
  await db.territory.create({ data: { id: "second-territory", code: "XX-01", names: { en: "Second territory" }, kind: "zone", controlledById: template.controlledById, controlExtent: "partial", negotiationId: SECOND.id } });
}

describeForEachDatabase("negotiations", (provider) => {
  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
  });
  afterAll(async () => t.cleanup());

  describe("resolution (unpublished second case)", () => {
    beforeAll(async () => createSecondNegotiation("draft"));

    it("shows readers published negotiations only, editors previewing unpublished ones too", async () => {
      expect((await listNegotiations("published")).map((n) => n.slug)).toEqual(seeded);
      expect(seeded[0]).toBe(first.slug);
      expect((await listNegotiations("all")).map((n) => n.slug)).toEqual([...seeded, SECOND.slug]);
      expect(await findNegotiation(SECOND.slug, "published", [])).toBeNull();
      expect((await findNegotiation(SECOND.slug, "all", []))?.id).toBe(SECOND.id);
      expect(await findNegotiation("no-such-case", "all", [])).toBeNull();
    });

    it("the first case is the earliest-created published negotiation", async () => {
      expect((await firstCase())?.slug).toBe(first.slug);
    });

    it("the APIs: an analyst gets 404 for an unpublished one (even asking for preview), an editor sees it only in preview", async () => {
      await expect(negotiationFromRequest(request(`negotiation=${SECOND.slug}&preview=1`), analyst, none)).rejects.toMatchObject({ status: 404, code: "unknown_negotiation" });
      await expect(negotiationFromRequest(request(`negotiation=${SECOND.slug}`), editor, none)).rejects.toMatchObject({ status: 404 });
      const previewed = await negotiationFromRequest(request(`negotiation=${SECOND.slug}&preview=1`), editor, none);
      expect(previewed.negotiation.id).toBe(SECOND.id);
      expect(previewed.visibility).toBe("all");
      expect((await negotiationFromRequest(request(`negotiation=${first.slug}`), analyst, none)).negotiation.id).toBe(first.id);
    });

    it("a malformed or missing slug is a 400 naming the field; an unknown one a 404", async () => {
      const bad = await positionsRoute.GET(request("negotiation=Not%20A%20Slug"), undefined as never);
      expect(bad.status).toBe(400);
      expect(Object.keys((await bad.json()).error.fields)).toContain("negotiation");
      const missing = await positionsRoute.GET(request(""), undefined as never);
      expect(missing.status).toBe(400);
      expect(Object.keys((await missing.json()).error.fields)).toContain("negotiation");
      await expect(optionalNegotiationFromRequest(request("negotiation=nope"), analyst, none)).rejects.toMatchObject({ status: 404 });
    });

    it("the search across every negotiation leaves out an unpublished one", async () => {
      const all = await listCards(null, cardFilterSchema.parse({ q: "second case" }));
      expect(all.items.map((c) => c.id)).not.toContain("second-card");
    });

    it("the actor page leaves out an unpublished negotiation", async () => {
      expect((await getActorDossier(sharedActor, []))!.negotiations.map((g) => g.negotiation.slug)).not.toContain(SECOND.slug);
    });

    afterAll(async () => t.db.negotiation.update({ where: { id: SECOND.id }, data: { status: "published", publishedAt: new Date() } }));
  });

  describe("scoping (two published negotiations)", () => {
    it("cards: each feed shows its own; the search across all shows both and names the negotiation", async () => {
      const mine = await listCards(first.id, cardFilterSchema.parse({ pageSize: "100" }));
      expect(mine.total).toBe(seed.cards.filter((c) => c.status === "published").length);
      expect(mine.items.every((c) => c.negotiation.slug === first.slug)).toBe(true);
      const theirs = await listCards(SECOND.id, cardFilterSchema.parse({}));
      expect(theirs.items.map((c) => c.id)).toEqual(["second-card"]);
      expect(await getCard(first.id, "second-card")).toBeNull();
      expect((await getCard(SECOND.id, "second-card"))?.negotiation.slug).toBe(SECOND.slug);
      const across = await listCards(null, cardFilterSchema.parse({ q: "ceasefire", pageSize: "100" }));
      expect(across.items.find((c) => c.id === "second-card")?.negotiation).toEqual({ slug: SECOND.slug, title: "A second case" });
      expect(across.items.some((c) => c.negotiation.slug === first.slug)).toBe(true);
      expect((await getCardFilterOptions(SECOND.id)).issues.map((i) => i.id)).toEqual(["second-issue"]);
    });

    it("positions: each matrix has its own issues; the history of a pair is only in its negotiation", async () => {
      const theirs = await getPositionMatrix(SECOND.id, { bloc: [], issue: [] });
      expect(theirs.issues.map((i) => i.id)).toEqual(["second-issue"]);
      expect(Object.keys(theirs.cells)).toEqual([`${sharedActor}:second-issue`]);
      const mine = await getPositionMatrix(first.id, { bloc: [], issue: [] });
      expect(mine.allIssues.map((i) => i.id)).not.toContain("second-issue");
      expect(Object.keys(mine.cells)).toHaveLength(new Set(seed.positions.filter((p) => p.status === "published").map((p) => `${p.actorId}:${p.issueId}`)).size);
      expect(await getPositionHistory(first.id, sharedActor, "second-issue")).toBeNull();
      expect((await getPositionHistory(SECOND.id, sharedActor, "second-issue"))?.history).toHaveLength(1);
      expect(await positionsCsv({ id: SECOND.id, slug: SECOND.slug })).toMatch(/^negotiation,actor,[^\n]*\nsecond-case,/);
    });

    it("the positions API answers for the negotiation named", async () => {
      const response = await positionsRoute.GET(request(`negotiation=${SECOND.slug}`), undefined as never);
      expect(response.status).toBe(200);
      expect((await response.json()).issues.map((i: { id: string }) => i.id)).toEqual(["second-issue"]);
    });

    it("the cards API: one negotiation with the parameter, every one without", async () => {
      {
        const one = await (await cardsRoute.GET(request(`negotiation=${SECOND.slug}`), undefined as never)).json();
        expect(one.items.map((c: { id: string }) => c.id)).toEqual(["second-card"]);
        const all = await (await cardsRoute.GET(request("q=ceasefire&pageSize=100"), undefined as never)).json();
        expect([...new Set(all.items.map((c: { negotiation: { slug: string } }) => c.negotiation.slug))]).toEqual(expect.arrayContaining([first.slug, SECOND.slug]));
      }
    });

    it("drafts, comparison and lineage stay within their negotiation", async () => {
      expect((await listDrafts(SECOND.id)).map((d) => d.id)).toEqual(["second-draft-a", "second-draft-b"]);
      expect((await listDrafts(first.id)).map((d) => d.id)).not.toContain("second-draft-a");
      await expect(getComparison(first.id, "plan28", "second-draft-a")).rejects.toMatchObject({ status: 400 });
      expect((await getComparison(SECOND.id, "second-draft-a", "second-draft-b")).left.pointCount).toBe(1);
      expect((await getLineage(SECOND.id))?.versions.map((v) => v.draft.id)).toEqual(["second-draft-a", "second-draft-b"]);
      await expect(getLineage(first.id, "second-point")).rejects.toMatchObject({ status: 400 });
    });

    it("territories and issues: each map and dossier only its own", async () => {
      expect((await getMapData(SECOND.id)).territories.map((x) => x.code)).toEqual(["XX-01"]);
      expect((await getMapData(first.id)).territories.map((x) => x.code)).not.toContain("XX-01");
      expect(await getTerritoryDossier(first.id, "XX-01")).toBeNull();
      expect((await getTerritoryDossier(SECOND.id, "XX-01"))?.name).toBe("Second territory");
      expect(await getIssueDossier(first.id, "second-issue")).toBeNull();
      expect((await getIssueDossier(SECOND.id, "second-issue"))?.stances).toHaveLength(1);
      expect((await listIssues(SECOND.id)).map((i) => i.id)).toEqual(["second-issue"]);
      expect(await listPublishedBriefings(SECOND.id)).toEqual([]);
      expect((await listPublishedBriefings(first.id)).length).toBe(seed.briefings.filter((b) => b.status === "published").length);
    });

    it("the actor page shows the actor's stances in both negotiations side by side, the first case first", async () => {
      const actor = (await getActorDossier(sharedActor, []))!;
      expect(actor.negotiations.map((g) => g.negotiation.slug)).toEqual([first.slug, ...seeded.slice(1), SECOND.slug]);
      const second = actor.negotiations.find((g) => g.negotiation.slug === SECOND.slug)!;
      expect(second.stances.map((s) => s.issue.id)).toEqual(["second-issue"]);
      expect(second.cards.map((c) => c.id)).toEqual(["second-card"]);
      expect(actor.negotiations[0].stances.map((s) => s.issue.id)).not.toContain("second-issue");
    });

    it("the source page lists where a source is cited in each negotiation", async () => {
      const source = (await getSourceDossier(sharedSource, []))!;
      expect(source.negotiations.map((g) => g.negotiation.slug)).toContain(SECOND.slug);
      const inSecond = source.negotiations.find((g) => g.negotiation.slug === SECOND.slug)!;
      expect(inSecond.uses).toEqual([{ kind: "Card", label: "Second case card", href: `/n/${SECOND.slug}/cards/second-card` }]);
    });

    it("the list at / gives each negotiation its latest draft and its weekly activity", async () => {
      const overviews = await listNegotiationOverviews("published", []);
      const second = overviews.find((o) => o.slug === SECOND.slug)!;
      expect(second.latestDraft?.id).toBe("second-draft-b");
      // Dated records: the position (1 Oct), the drafts (29 Sep, 9 Oct), the card (10 Oct).
      expect(second.activity.reduce((n, w) => n + w.count, 0)).toBe(4);
      // The week to 10 Oct holds the card and the draft of 9 Oct; the week before, the position and the first draft.
      expect(second.activity.slice(-2)).toEqual([{ weekEnding: "2025-10-03", count: 2 }, { weekEnding: "2025-10-10", count: 2 }]);
      expect(second.lastChange).toBeInstanceOf(Date);
    });
  });

  describe("a restricted negotiation (the second case, named readers only)", () => {
    const named: Viewer = { id: "named-reader", email: "named@example.org", name: "Named", role: "analyst" };
    const beat: Viewer = { id: "beat-editor", email: "beat@example.org", name: "Beat", role: "editor" };
    const admin: Viewer = { id: "an-admin", email: "admin@example.org", name: "Admin", role: "admin" };
    beforeAll(async () => {
      for (const v of [named, beat, analyst, editor, admin]) await t.db.user.create({ data: { id: v.id, email: v.email, name: v.name, role: v.role } });
      await t.db.negotiation.update({ where: { id: SECOND.id }, data: { restricted: true } });
      await t.db.negotiationReader.create({ data: { userId: named.id, negotiationId: SECOND.id } });
      // An editor whose changes are limited to the first case.
      await t.db.editorScope.create({ data: { userId: beat.id, negotiationId: first.id } });
    });

    it("is hidden from anonymous readers, analysts not named and editors limited to other negotiations; read by the rest", async () => {
      expect(await hiddenNegotiationIds(null)).toEqual([SECOND.id]);
      expect(await hiddenNegotiationIds(analyst)).toEqual([SECOND.id]);
      expect(await hiddenNegotiationIds(beat)).toEqual([SECOND.id]);
      expect(await hiddenNegotiationIds(named)).toEqual([]);
      expect(await hiddenNegotiationIds(editor)).toEqual([]);
      expect(await hiddenNegotiationIds(admin)).toEqual([]);
    });

    it("its slug answers 404 to those it is hidden from, in the list, the search, the actor and source pages they see nothing of it", async () => {
      const hidden = await hiddenNegotiationIds(analyst);
      expect(await findNegotiation(SECOND.slug, "published", hidden)).toBeNull();
      expect((await listNegotiationOverviews("published", hidden)).map((o) => o.slug)).toEqual(seeded);
      expect((await listCards(null, cardFilterSchema.parse({ q: "second case" }), "published", hidden)).items.map((c) => c.id)).not.toContain("second-card");
      expect((await getActorDossier(sharedActor, hidden))!.negotiations.map((g) => g.negotiation.slug)).toEqual(seeded);
      expect((await getSourceDossier(sharedSource, hidden))!.negotiations.map((g) => g.negotiation.slug)).not.toContain(SECOND.slug);
      // The first case stays open to every reader: old addresses still lead there.
      expect((await firstCase())?.slug).toBe(first.slug);
    });

    it("the reader APIs answer 404 for it, and leave it out across negotiations, for an anonymous reader", async () => {
      const one = await positionsRoute.GET(request(`negotiation=${SECOND.slug}`), undefined as never);
      expect(one.status).toBe(404);
      const all = await (await cardsRoute.GET(request("q=ceasefire&pageSize=100"), undefined as never)).json();
      expect(all.items.map((c: { id: string }) => c.id)).not.toContain("second-card");
      expect(all.items.length).toBeGreaterThan(0);
    });

    it("its named reader finds it like any other", async () => {
      const hidden = await hiddenNegotiationIds(named);
      expect((await findNegotiation(SECOND.slug, "published", hidden))?.id).toBe(SECOND.id);
      expect((await negotiationFromRequest(request(`negotiation=${SECOND.slug}`), named, none)).negotiation.id).toBe(SECOND.id);
      await expect(negotiationFromRequest(request(`negotiation=${SECOND.slug}`), analyst, none)).rejects.toMatchObject({ status: 404 });
    });
  });
});

it("weekly activity counts per week up to the latest date", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  expect(weeklyActivity([], 3)).toEqual([]);
  expect(weeklyActivity([d("2025-01-15"), d("2025-01-14"), d("2025-01-07"), d("2024-10-01")], 3)).toEqual([
    { weekEnding: "2025-01-01", count: 0 },
    { weekEnding: "2025-01-08", count: 1 },
    { weekEnding: "2025-01-15", count: 2 },
  ]);
});
