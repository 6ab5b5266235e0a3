// A new negotiation is an editor's work, not a developer's: in Chromium an editor creates a third
// negotiation in the admin area, uploads its map, adds an actor, territories (an ISO-style code
// and an area of their own naming), a draft with a point, a card and a briefing, and publishes
// them; an analyst then finds it at /, reads its dashboard, map and drafts, and exports the
// briefing as PDF. Everything goes through the forms and pages people use.
import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { createThroughForm } from "./support/forms";
import { pdfInfo, pdfText, squeeze } from "./support/pdf";
import { seed } from "./support/seed";

test.use({ storageState: storageState("editor") });

const SLUG = "third-talks-e2e";
const TITLE = "Third talks (e2e)";
const BRIEFING = { slug: "third-first-briefing", title: "Third talks: the first briefing" };
const cite = [{ sourceId: seed.sources[0].id, locator: null }];

const square = (x: number, code: string, name: string) => ({
  type: "Feature",
  properties: { code, name },
  geometry: { type: "Polygon", coordinates: [[[x, 10], [x + 1, 10], [x + 1, 11], [x, 11], [x, 10]]] },
});

test("an editor sets up a third negotiation in the admin area, and an analyst reads and exports it", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);

  // The negotiation, unpublished until its content is ready.
  const negotiationId = await createThroughForm(page, "negotiations", {
    title: TITLE,
    slug: SLUG,
    stage: "active",
    startedOn: "2026-03-01",
    summary: "Talks an editor set up in the admin area, for the end-to-end test.",
    citations: cite,
  });

  // Its map: two areas, uploaded as GeoJSON with their licence.
  await page.getByRole("link", { name: "Map of this negotiation" }).click();
  const geojson = { type: "FeatureCollection", features: [square(40, "XC-1", "North area"), square(41, "xc-south-strip", "South strip")] };
  await page.locator("#map-file").setInputFiles({ name: "areas.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(geojson)) });
  await page.getByLabel("Licence").fill("CC0 1.0");
  await page.getByLabel("Attribution (shown under the map)").fill("Areas drawn for the e2e test.");
  await page.getByRole("button", { name: "Upload the map" }).click();
  await expect(page.getByTestId("map-upload-status")).toHaveText("Map saved.");

  // An actor, and the two territories: one held in part by that actor, one whose control is not stated.
  const actorId = await createThroughForm(page, "actors", { name: "Third-talks mediator", role: "Mediator", affiliation: "Third Forum", bloc: "Mediators", citations: cite });
  await createThroughForm(page, "territories", {
    negotiationId,
    code: "XC-1",
    names: { en: "North area", fr: "Zone nord" },
    kind: "province",
    controlledById: actorId,
    controlExtent: "partial",
    controlSharePct: 40,
    citations: cite,
  });
  await createThroughForm(page, "territories", { negotiationId, code: "xc-south-strip", names: { en: "South strip" }, kind: "strip", citations: cite });

  // A draft with one point, published together.
  const draftId = await createThroughForm(page, "drafts", {
    negotiationId,
    name: "Third framework",
    title: "A framework for the third talks",
    date: "2026-03-10",
    provenance: "leaked",
    origin: "The mediators' text, as reported",
    declaredPointCount: 1,
    summary: "One point on a ceasefire.",
    citations: cite,
  });
  await createThroughForm(page, "draft-points", { draftId, number: 1, title: "Ceasefire", textStatus: "paraphrase", confidence: "medium", text: "The parties stop fighting along the present line.", citations: cite });
  await page.goto(`/admin/drafts/${encodeURIComponent(draftId)}`);
  await page.getByRole("button", { name: /^Publish with its/ }).click();
  await expect(page.getByText(/Status: published/)).toBeVisible();

  // A card and a briefing that holds it, each published.
  const cardId = await createThroughForm(page, "cards", { negotiationId, title: "The third talks open", kind: "event", eventDate: "2026-03-10", importance: 3, body: "The mediators tabled a **one-point** framework.", citations: cite });
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Status: published/)).toBeVisible();
  await createThroughForm(page, "briefings", { negotiationId, title: BRIEFING.title, slug: BRIEFING.slug, marking: "UNCLASSIFIED", authors: "E2E desk", summary: "Where the third talks stand.", cardIds: [cardId] });
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Status: published/)).toBeVisible();

  // Until the negotiation itself is published, analysts do not see it.
  const analyst = await browser.newContext({ storageState: storageState("analyst") });
  const reader = await analyst.newPage();
  expect((await reader.goto(`/n/${SLUG}`))?.status()).toBe(404);

  await page.goto(`/admin/negotiations/${encodeURIComponent(negotiationId)}`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Status: published/)).toBeVisible();

  // The analyst finds it among the negotiations and opens its dashboard: the briefing and its card.
  await reader.goto("/negotiations");
  await reader.getByRole("link", { name: TITLE }).first().click();
  await expect(reader).toHaveURL(new RegExp(`/n/${SLUG}`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(BRIEFING.title);
  await expect(reader.getByTestId("briefing-card")).toHaveCount(1);

  // Its map is the uploaded one, shaded by who holds what, with the licence under it.
  await reader.goto(`/n/${SLUG}/map`);
  const map = reader.getByTestId("territory-map");
  await expect(map.locator("[data-iso]")).toHaveCount(2);
  await expect(reader.getByTestId("map-attribution")).toContainText("Areas drawn for the e2e test.");
  await map.locator('[data-iso="XC-1"]').hover();
  await expect(reader.getByTestId("map-tooltip")).toContainText("North area: 40% held by Third-talks mediator");
  await map.locator('[data-iso="xc-south-strip"]').hover();
  await expect(reader.getByTestId("map-tooltip")).toContainText("South strip: Control not stated");

  // Its draft, with the point, in the lineage view.
  await reader.goto(`/n/${SLUG}/drafts`);
  const main = reader.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: /Third framework/ })).toBeVisible();
  await expect(main.getByText("The parties stop fighting along the present line.")).toBeVisible();

  // And the briefing as PDF, naming the negotiation.
  await reader.goto(`/n/${SLUG}/briefings/${BRIEFING.slug}`);
  await reader.getByRole("button", { name: "Export PDF" }).click();
  const dialog = reader.getByRole("dialog", { name: "Export this briefing as PDF" });
  const download = reader.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download PDF" }).click();
  const received = await download;
  expect(received.suggestedFilename()).toMatch(new RegExp(`^${SLUG}-${BRIEFING.slug}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const file = testInfo.outputPath("third.pdf");
  await received.saveAs(file);
  expect(pdfInfo(file).title).toBe(BRIEFING.title);
  const text = squeeze(pdfText(file));
  expect(text).toContain(squeeze(TITLE));
  expect(text).toContain("The third talks open");
  await analyst.close();
});
