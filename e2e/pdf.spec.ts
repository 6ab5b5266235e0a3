// PDF export in Chromium: the analyst's download, what the file contains (read back with
// poppler), the panels on their own, refusals before any browser work, and the CLI.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { firstCase, latestBriefing, seed, N } from "./support/seed";
import { pdfImageCount, pdfInfo, pdfText, pdfToPng, squeeze } from "./support/pdf";

const briefing = latestBriefing;
const cardTitles = briefing.cardIds
  .map((id) => seed.cards.find((c) => c.id === id)!)
  .filter((c) => c.status === "published")
  .map((c) => c.title);

test("an analyst exports the briefing from its page and gets a complete PDF", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(N(`/briefings/${briefing.slug}`));
  await page.getByRole("button", { name: "Export PDF" }).click();
  const dialog = page.getByRole("dialog", { name: "Export this briefing as PDF" });
  await expect(dialog.getByRole("checkbox", { name: "Sources appendix" })).toBeChecked();
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download PDF" }).click();
  await expect(dialog.getByRole("status")).toContainText(/Printing the PDF|Downloaded/);
  const file = testInfo.outputPath("briefing.pdf");
  const received = await download;
  // The file and the title page name the negotiation.
  expect(received.suggestedFilename()).toMatch(new RegExp(`^${firstCase.slug}-${briefing.slug}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  await received.saveAs(file);

  const info = pdfInfo(file);
  expect(info.title).toBe(briefing.title);
  expect(info.pages).toBeGreaterThan(3);
  expect(info.pages).toBeLessThan(120);
  const text = squeeze(pdfText(file));
  expect(text).toContain(briefing.title);
  expect(squeeze(pdfText(file, 1))).toContain(squeeze(firstCase.title));
  expect(text).toContain(`Page 1 of ${info.pages}`);
  expect(text).toContain("Sources appendix");

  // Every published card, in the briefing's order (after the contents page, which lists them too).
  const body = text.slice(text.indexOf("Briefing cards", text.indexOf("Contents") + 20));
  let from = 0;
  for (const title of cardTitles) {
    const at = body.indexOf(title, from);
    expect(at, `card "${title}" in order`).toBeGreaterThanOrEqual(from);
    from = at + title.length;
  }

  // The contents give each section's page: the page the section's heading is printed on.
  const contents = squeeze(pdfText(file, 2));
  expect(contents).toContain("Contents");
  for (const section of ["Briefing cards", "Sources appendix"]) {
    const entry = contents.match(new RegExp(`${section}\\s*(\\d+)`));
    expect(entry, `a page number for "${section}" in the contents`).not.toBeNull();
    const printedOn = Number(entry![1]);
    // After the cover and the contents; the heading, followed by its "as of" line, is on that page.
    expect(printedOn).toBeGreaterThan(2);
    expect(squeeze(pdfText(file, printedOn)), `"${section}" on page ${printedOn}`).toContain(`${section} Data as of`);
  }
  // Every section says what date its data is from.
  expect(text.match(/Data as of /g)?.length ?? 0).toBeGreaterThanOrEqual(1 + ["Briefing cards", "Sources appendix"].length);

  // The marking on every page, top and bottom.
  const marking = briefing.marking ?? "UNCLASSIFIED";
  for (let p = 1; p <= info.pages; p++) expect(pdfText(file, p).split(marking).length - 1, `marking twice on page ${p}`).toBeGreaterThanOrEqual(2);

  // Map and charts are vector drawings with real text (no raster images), the comparison is on landscape pages.
  expect(pdfImageCount(file)).toBe(0);
  expect(text).toContain("Territorial map");
  expect(text).toContain("Unit: personnel");
  expect(info.sizes.some((s) => s.width > s.height)).toBe(true);
  expect(info.sizes.some((s) => s.height > s.width)).toBe(true);

  // The first pages as images, for a person to look at.
  pdfToPng(file, testInfo.outputPath("page"));
  expect(readdirSync(testInfo.outputPath()).filter((f) => f.startsWith("page") && f.endsWith(".png"))).toHaveLength(3);
});

test("Letter paper and chosen sections only", async ({ request, baseURL }) => {
  test.setTimeout(60_000);
  const response = await request.post("/api/export", { data: { kind: "briefing", slug: briefing.slug, paper: "Letter", sections: ["cards"], marking: "FOR TESTING" }, headers: { origin: baseURL! } });
  expect(response.status()).toBe(200);
  const file = test.info().outputPath("letter.pdf");
  writeFileSync(file, await response.body());
  const info = pdfInfo(file);
  expect(Math.round(info.sizes[0].width)).toBe(612);
  const text = squeeze(pdfText(file));
  expect(text).not.toContain("Sources appendix");
  expect(text).toContain("FOR TESTING");
});

test("a panel exports on its own with its filters: the comparison on landscape pages", async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  // A pair with reported alignments, filtered to the points reported dropped.
  await page.goto(N("/compare?a=plan28&b=plan20&relation=dropped"));
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export PDF" }).click();
  const file = testInfo.outputPath("compare.pdf");
  await (await download).saveAs(file);
  const info = pdfInfo(file);
  expect(info.sizes.every((s) => s.width > s.height)).toBe(true);
  const text = squeeze(pdfText(file));
  expect(text).toContain("Draft comparison");
  expect(squeeze(pdfText(file, 1))).toContain(squeeze(firstCase.title));
  // Interface controls do not print; what they fold away does ("Why", with how it is known).
  expect(text).not.toContain("CSV (");
  expect(text).not.toMatch(/Sources \(\d+\)/);
  expect(text).toContain("Reporting:");
  // The export names what it shows: the drafts, the relation filter, the date of its data.
  expect(text).toMatch(/Drafts\s+\S.* → /);
  expect(text).toMatch(/Relations\s+Dropped/);
  expect(text).toContain("Data as of");
});

test("the map panel prints the layer it shows, its regions' names and the table of every region", async ({ request, baseURL }) => {
  test.setTimeout(60_000);
  const plan28 = seed.drafts.find((d) => d.id === "plan28")!;
  const response = await request.post("/api/export", { data: { kind: "map", params: { layer: "draft:plan28" } }, headers: { origin: baseURL! } });
  expect(response.status()).toBe(200);
  const file = test.info().outputPath("map.pdf");
  writeFileSync(file, await response.body());
  const text = squeeze(pdfText(file));
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(String(plan28.date)));
  expect(text).toContain(`Layer shown: ${plan28.name} (${day}): provisions`);
  // Every region is on paper twice: named (or numbered, with the key) on the map, and in the
  // table. pdftotext may wrap a name, so its first word is counted.
  for (const t of seed.territories) expect(text.split(t.names.en.split(" ")[0]).length - 1, t.code).toBeGreaterThanOrEqual(2);
  const several = seed.claims.filter((c) => c.territoryId === "UA-14" && c.draftId === "plan28").length;
  expect(text).toContain(`Several claims (${several})`);
  expect(text).not.toContain("Table view of this layer");
  expect(pdfImageCount(file)).toBe(0);
  pdfToPng(file, test.info().outputPath("map-page"), 1);
});

test("bad requests get a 400 naming the problem", async ({ request, baseURL }) => {
  const post = (data: unknown) => request.post("/api/export", { data, headers: { origin: baseURL! } });
  const unknownNegotiation = await post({ kind: "briefing", negotiation: "no-such-case" });
  expect(unknownNegotiation.status()).toBe(404);
  expect((await unknownNegotiation.json()).error.fields.negotiation).toBeDefined();
  expect((await post({ kind: "briefing", negotiation: "Not A Slug" })).status()).toBe(400);
  const unknownBriefing = await post({ kind: "briefing", slug: "no-such-briefing" });
  expect(unknownBriefing.status()).toBe(400);
  expect((await unknownBriefing.json()).error.fields.slug).toBeDefined();
  const unknownSection = await post({ kind: "briefing", sections: ["cards", "horoscope"] });
  expect(unknownSection.status()).toBe(400);
  const paper = await post({ kind: "briefing", paper: "A0 poster" });
  expect(paper.status()).toBe(400);
  expect(JSON.stringify(await paper.json())).toContain("paper");
  const panel = await post({ kind: "map", params: { layer: "not-a-layer" } });
  expect(panel.status()).toBe(400);
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("cannot export, nor reach a print page without its token", async ({ request, baseURL }) => {
    expect((await request.post("/api/export", { data: { kind: "briefing" }, headers: { origin: baseURL! } })).status()).toBe(401);
    expect((await request.get(N(`/print/briefings/${briefing.slug}`))).status()).toBe(404);
    expect((await request.get(N(`/print/briefings/${briefing.slug}?token=123.forged`))).status()).toBe(404);
  });
});

test("npm run export prints the latest published briefing from the shell", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const out = testInfo.outputPath("cli.pdf");
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/export.ts", "--out", out, "--sections", "cards,sources"], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./.e2e/parley-e2e.db" },
    encoding: "utf8",
    timeout: 110_000,
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/wrote .*cli\.pdf/);
  expect(squeeze(pdfText(out))).toContain(briefing.title);

  const unknown = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/export.ts", "--briefing", "no-such-briefing"], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./.e2e/parley-e2e.db" },
    encoding: "utf8",
    timeout: 110_000,
  });
  expect(unknown.status).toBe(1);
  expect(unknown.stderr.trim()).toBe('parley: No briefing "no-such-briefing" is published');
});
