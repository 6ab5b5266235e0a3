import { expect, test } from "@playwright/test";
import { NEGOTIATION_VIEWS } from "../lib/negotiations/paths";
import { latestBriefing, N, seed } from "./support/seed";

const briefing = seed.briefings
  .filter((b) => b.status === "published")
  .sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""))[0];
const publishedCards = briefing.cardIds
  .map((id) => seed.cards.find((c) => c.id === id)!)
  .filter((c) => c.status === "published");

test("a negotiation's dashboard shows the latest published briefing's cards, in order, with their sources", async ({ page }) => {
  await page.goto(N());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(briefing.title);
  await expect(page.getByTestId("marking")).toHaveText(briefing.marking);

  const cards = page.getByTestId("briefing-card");
  await expect(cards).toHaveCount(publishedCards.length);
  await expect(cards.getByRole("heading", { level: 2 })).toHaveText(publishedCards.map((c) => c.title));

  // The first card lists its sources with their Admiralty grading.
  const first = cards.first();
  const firstSource = seed.sources.find((s) => s.id === publishedCards[0].citations[0].sourceId)!;
  await expect(first.getByText(firstSource.outlet, { exact: false }).first()).toBeVisible();
  await expect(first.locator("abbr").first()).toHaveText(/^[A-F][1-6]$/);
});

test("assessment cards carry their ICD-203 likelihood and confidence", async ({ page }) => {
  const assessment = publishedCards.find((c) => c.kind === "assessment");
  expect(assessment, "the seeded briefing should hold an assessment").toBeDefined();
  await page.goto(N());
  const card = page.getByTestId("briefing-card").filter({ hasText: assessment!.title });
  await expect(card.getByTestId("assessment-label")).toContainText(/confidence/i);
});

test("the health endpoint reports the database as reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("the first load asks for nothing that is missing (an icon included)", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto(N(""));
  await page.waitForLoadState("networkidle");
  expect(missing).toEqual([]);
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveCount(1);
  expect((await page.request.get((await icon.getAttribute("href"))!)).status()).toBe(200);
});

test("the dashboard opens on what is known now: latest developments, the latest draft, key figures, data as of, and how old the briefing below is", async ({ page }) => {
  const dated = seed.cards.filter((c) => c.status === "published" && c.eventDate);
  const newest = [...dated]
    .sort((a, b) => b.eventDate!.localeCompare(a.eventDate!) || b.importance - a.importance || (a.id < b.id ? -1 : 1))
    .slice(0, 5)
    .map((c) => c.title);
  const latestDraft = seed.drafts.filter((d) => d.status === "published").sort((a, b) => b.date.localeCompare(a.date) || b.name.localeCompare(a.name))[0];
  const briefingNewest = publishedCards.map((c) => c.eventDate).filter((d): d is string => !!d).sort().at(-1)!;
  const newer = dated.filter((c) => c.eventDate! > briefingNewest && !briefing.cardIds.includes(c.id)).length;

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(N());
  const glance = page.getByTestId("at-a-glance");
  await expect(glance.getByRole("heading", { name: "At a glance" })).toBeVisible();
  await expect(glance.getByTestId("data-as-of")).toContainText(/Data as of \d{1,2} \w{3} \d{4}/);
  await expect(glance.getByTestId("latest-developments").getByRole("link")).toHaveText(newest);
  await expect(glance.getByTestId("latest-draft")).toContainText(latestDraft.name);
  await expect(glance.getByTestId("key-figures").locator("dt").first()).toBeVisible();
  const shown = glance.getByTestId("briefing-shown");
  await expect(shown).toContainText(briefing.title);
  if (newer > 0) await expect(shown).toContainText(`${newer} newer published ${newer === 1 ? "card is" : "cards are"} not in it`);
  else await expect(shown).not.toContainText("newer published");
  // It fits the first screen at 1440×900.
  const box = await glance.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(900);
});

for (const [device, viewport] of [
  ["a laptop", { width: 1440, height: 900 }],
  ["a phone", { width: 390, height: 844 }],
] as const) {
  test(`every view of a negotiation is in the header's navigation, whole, on ${device}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(N());
    const nav = page.getByRole("navigation", { name: "Main" });
    // One link per view the app has, each fully on screen (not scrolled away, not cut off).
    await expect(nav.getByRole("link")).toHaveCount(NEGOTIATION_VIEWS.length);
    for (const view of NEGOTIATION_VIEWS) await expect(nav.getByRole("link", { name: view.label, exact: true })).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

test("the dashboard's matrix is a summary: the briefing's issues, with a link to every issue", async ({ page }) => {
  const briefingIssues = new Set(latestBriefing.cardIds.flatMap((id) => seed.cards.find((c) => c.id === id && c.status === "published")?.issueIds ?? []));
  const withStances = new Set(seed.positions.filter((p) => p.publishedAt).map((p) => p.issueId));
  const shown = [...briefingIssues].filter((i) => withStances.has(i));
  test.skip(shown.length === 0 || shown.length === withStances.size, "the briefing's issues are all the issues, or none");
  await page.goto(N());
  const matrix = page.getByTestId("position-matrix");
  await expect(matrix.locator("thead th")).toHaveCount(shown.length + 1);
  await expect(page.getByTestId("matrix-summary")).toContainText(`Showing the ${shown.length} issues of the briefing above, of ${withStances.size}`);
  await page.getByTestId("matrix-summary").getByRole("link", { name: "every issue" }).click();
  await expect(page).toHaveURL(new RegExp(`${N("/positions")}$`));
  await expect(page.getByTestId("position-matrix").locator("thead th")).toHaveCount(withStances.size + 1);
});
