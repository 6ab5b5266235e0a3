// Both seeded cases render every panel: for each negotiation the seed publishes (the first case
// and each folder's), every reader view answers, draws its panel and fails nowhere; the map
// draws that negotiation's own territories or, without its own map, country outlines; the
// charts and the comparison show the negotiation's own records.
import { expect, test } from "@playwright/test";
import { readSeedData } from "../lib/seed/read";
import { negotiationSeed } from "../lib/seed/scope";

const all = readSeedData();
const cases = all.negotiations.filter((n) => n.status === "published");

test("the seed publishes more than one case", () => {
  expect(cases.length).toBeGreaterThan(1);
});

for (const negotiation of cases) {
  const own = negotiationSeed(all, negotiation.id);
  const base = `/n/${negotiation.slug}`;

  test.describe(negotiation.title, () => {
    test("every view answers and draws its panel", async ({ page }) => {
      test.setTimeout(90_000);
      const views: [string, (page: import("@playwright/test").Page) => Promise<void>][] = [
        ["", async (p) => void (await expect(p.getByTestId("briefing-card").first()).toBeVisible())],
        ["/briefings", async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible())],
        ["/cards", async (p) => void (await expect(p.getByTestId("card-count")).toContainText(String(own.cards.filter((c) => c.status === "published").length)))],
        ["/positions", async (p) => void (await expect(p.getByTestId("position-matrix")).toBeVisible())],
        ["/map", async (p) => void (await expect(p.getByTestId("territory-map").locator("[data-iso]").first()).toBeAttached())],
        ["/compare", async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible())],
        ["/drafts", async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible())],
        ["/charts", async (p) => void (await expect(p.getByTestId("chart-stances")).toBeVisible())],
      ];
      for (const [view, check] of views) {
        const response = await page.goto(`${base}${view}`);
        expect(response?.status(), `${base}${view}`).toBe(200);
        await check(page);
        await expect(page.getByText("This view could not be loaded"), `${base}${view}`).toHaveCount(0);
      }
    });

    test("the map's table lists this negotiation's territories and no other's; each is drawn or listed as not drawn", async ({ page }) => {
      await page.goto(`${base}/map`);
      const map = page.getByTestId("territory-map");
      const drawn = await map.locator('[data-iso]:not([data-territory="none"])').count();
      const undrawn = await page.getByTestId("map-undrawn").locator("li").count();
      expect(drawn + undrawn).toBe(own.territories.length);
      await page.getByText("Table view of this layer").click();
      await expect(page.getByTestId("map-table").locator("tbody tr")).toHaveCount(own.territories.length);
    });

    test("each territory's page names it and its control", async ({ page }) => {
      const territory = own.territories[0];
      await page.goto(`${base}/territories/${encodeURIComponent(territory.code)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(territory.names.en);
      await expect(page.getByTestId("territory-control")).toBeVisible();
    });
  });
}
