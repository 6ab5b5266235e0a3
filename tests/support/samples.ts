// One valid new record of each kind, and an edit to make to it, written from the forms' rules
// (shared by the API test and the e2e test of the admin forms). Typed over every kind, so a
// new kind without a sample does not compile.
import type { KindName } from "@/lib/records";
import { readSeedData } from "@/lib/seed/read";

const seed = readSeedData();
const source = seed.sources[0].id;
const actor = seed.actors[0].id;
const issue = seed.issues[0].id;
const plan28 = seed["draft-points"].filter((p) => p.draftId === "plan28");
const plan20 = seed["draft-points"].filter((p) => p.draftId === "plan20");
const cite = [{ sourceId: source, locator: "para 2" }];
const negotiationId = seed.negotiations[0].id;

export type Sample = { input: Record<string, unknown>; edit: Record<string, unknown> };

export const SAMPLES: Record<KindName, Sample> = {
  negotiations: {
    input: { title: "Test talks", slug: "test-talks", stage: "active", startedOn: "2026-01-05", endedOn: null, summary: "Talks for the test.", partyIds: [actor] },
    edit: { stage: "stalled" },
  },
  sources: {
    input: { title: "A test report", outlet: "Test Wire", url: "https://example.org/report", publishedAt: "2026-01-10", dateApprox: false, reliability: "B", credibility: 2, note: null },
    edit: { title: "A test report, corrected" },
  },
  actors: { input: { name: "Test Envoy", role: "Special envoy", affiliation: "Testland", bloc: "Testland", bio: null, citations: cite }, edit: { role: "Former special envoy" } },
  issues: { input: { negotiationId, title: "Test issue", description: "Whether the test passes", sortOrder: 99 }, edit: { description: "Whether the test still passes" } },
  territories: {
    input: { negotiationId, code: "test-zone", names: { en: "Testland zone", ar: "منطقة الاختبار" }, kind: "zone", controlledById: actor, controlExtent: "partial", controlSharePct: 12.5, controlAsOf: "2026-01-01", controlNote: null, citations: cite },
    edit: { names: { en: "Testland region", uk: "Тестова область" } },
  },
  metrics: { input: { negotiationId, name: "Test metric", unit: "people", category: "military", description: null }, edit: { unit: "personnel" } },
  drafts: {
    input: { negotiationId, name: "Test draft", title: "A test draft", date: "2026-01-20", provenance: "leaked", origin: "Test drafting", declaredPointCount: 3, revisesId: "plan20", summary: "A draft for the test.", notes: null, citations: cite },
    edit: { summary: "A draft for the test, summarised again." },
  },
  "draft-points": {
    input: { draftId: "plan20", number: 21, title: "Test point", textStatus: "paraphrase", confidence: "medium", text: "The parties test the point.", reported: null, issueIds: [issue], citations: cite },
    edit: { text: "The parties test the point again." },
  },
  alignments: {
    input: { fromDraftId: "plan28", toDraftId: "plan20", fromPointId: plan28[0].id, toPointId: plan20[plan20.length - 1].id, relation: "modified", reporting: "inferred", note: "Test link", citations: cite },
    edit: { note: "Test link, checked" },
  },
  "point-reactions": {
    input: { actorId: actor, pointId: plan20[0].id, reaction: "conditional", statedAt: "2026-01-21", dateApprox: false, summary: "Accepts with conditions (test).", quote: null, citations: cite },
    edit: { summary: "Accepts with two conditions (test)." },
  },
  positions: {
    input: { actorId: actor, issueId: issue, stance: "ambiguous", statedAt: "2026-01-22", dateApprox: false, summary: "Neither yes nor no (test).", quoteOriginal: null, quoteLanguage: null, translatedBy: null, quoteEnglish: null, citations: cite },
    edit: { summary: "Still neither yes nor no (test)." },
  },
  claims: {
    input: { territoryId: "UA-14", claim: "subject_to_negotiation", actorId: actor, draftId: null, statedAt: "2026-01-23", summary: "Left to talks (test).", citations: cite },
    edit: { summary: "Left to later talks (test)." },
  },
  "metric-values": {
    input: { metricId: seed.metrics[0].id, label: "Test estimate", value: 100, valueHigh: 120, approximate: true, date: "2026-01-24", draftId: null, note: null, citations: cite },
    edit: { label: "Test estimate (revised)" },
  },
  cards: {
    input: { negotiationId, title: "Test card", kind: "assessment", eventDate: "2026-01-25", importance: 4, likelihood: "likely", confidence: "moderate", body: "A **test** card.", tags: ["test-tag"], actorIds: [actor], issueIds: [issue], territoryIds: ["UA-14"], pointIds: [plan20[0].id], citations: cite },
    edit: { body: "A **test** card, revised." },
  },
  briefings: {
    input: { negotiationId, title: "Test briefing", slug: "test-briefing", marking: "UNCLASSIFIED", authors: "Test desk", summary: "What the test found.", cardIds: [seed.cards[0].id, seed.cards[1].id] },
    edit: { summary: "What the test found, again." },
  },
};

