import { expect, test } from "@playwright/test";
import { publishedCards, seed, N } from "./support/seed";

test("filtering the feed by kind keeps only that kind, and the filter is in the link", async ({ page }) => {
  const assessments = publishedCards.filter((c) => c.kind === "assessment");
  await page.goto(N("/cards"));
  await expect(page.getByTestId("card-count")).toHaveText(`${publishedCards.length} cards`);
  await page.getByRole("button", { name: "Assessment" }).click();
  await expect(page).toHaveURL(/kind=assessment/);
  await expect(page.getByTestId("card-count")).toHaveText(`${assessments.length} ${assessments.length === 1 ? "card" : "cards"}`);
  const cards = page.getByTestId("briefing-card");
  await expect(cards.first().getByTestId("assessment-label")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: "✓ Assessment" })).toHaveAttribute("aria-pressed", "true");
});

test("search finds cards by words in their title or text", async ({ page }) => {
  const target = publishedCards.find((c) => c.title.split(/\s+/).length > 3)!;
  const word = target.title.split(/\s+/).find((w) => w.length > 6)!.replace(/[^\p{L}\p{N}-]/gu, "");
  const matching = publishedCards.filter((c) => `${c.title} ${c.body}`.toLowerCase().includes(word.toLowerCase()));
  await page.goto(N("/cards"));
  await page.getByLabel("Search titles and text").fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
  await expect(page.getByTestId("card-count")).toHaveText(`${matching.length} ${matching.length === 1 ? "card" : "cards"}`);
  await expect(page.getByRole("link", { name: target.title })).toBeVisible();
});

test("an empty result says so and offers to clear the filters", async ({ page }) => {
  await page.goto(N("/cards?q=zzzqqqxxx"));
  await expect(page.getByText("No cards match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear all filters" }).last().click();
  await expect(page.getByTestId("card-count")).toHaveText(`${publishedCards.length} cards`);
});

test("a card's permalink shows it with its graded sources", async ({ page }) => {
  const card = publishedCards[0];
  await page.goto(N(`/cards/${card.id}`));
  await expect(page.getByRole("heading", { level: 2, name: card.title })).toBeVisible();
  const source = seed.sources.find((s) => s.id === card.citations[0].sourceId)!;
  await expect(page.getByText(source.outlet).first()).toBeVisible();
  await expect(page.locator("abbr").first()).toHaveText(`${source.reliability}${source.credibility}`);
});

test("an unpublished card has no public permalink", async ({ page }) => {
  const draft = seed.cards.find((c) => c.status !== "published");
  expect(draft, "the seed should hold an unpublished card").toBeDefined();
  const response = await page.goto(N(`/cards/${draft!.id}`));
  expect(response?.status()).toBe(404);
});

test("bad filter values get a clear 400 from the API", async ({ request }) => {
  const response = await request.get("/api/cards?kind=rumour&page=0");
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(["kind.0", "page"]));
});
