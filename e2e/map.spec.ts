import { expect, test } from "@playwright/test";
import { seed, N } from "./support/seed";

const donetsk = seed.territories.find((t) => t.code === "UA-14")!;
const donetskClaims = seed.claims.filter((c) => c.territoryId === donetsk.id);
const nameOf = (t: { names: Record<string, string> }) => t.names.en;

test("the map draws all 27 regions and switches layers", async ({ page }) => {
  await page.goto(N("/map"));
  const map = page.getByTestId("territory-map");
  await expect(map.locator("[data-iso]")).toHaveCount(27);
  await expect(map).toHaveAttribute("data-layer", "control");

  await page.getByText("28-point plan: provisions").click();
  await expect(page).toHaveURL(/layer=draft(%3A|:)plan28/);
  await expect(map).toHaveAttribute("data-layer", "draft:plan28");
  // Donetsk under the 28-point plan: recognised de facto is its most far-reaching provision.
  expect(donetskClaims.some((c) => c.draftId === "plan28" && c.claim === "recognised_de_facto")).toBe(true);
  await expect(map.locator('[data-iso="UA-14"]')).toHaveAttribute("data-shade", "recognised_de_facto");
  await expect(page.getByTestId("map-legend")).toContainText("Control recognised de facto");
});

test("a region opens its panel by mouse, and by keyboard", async ({ page }) => {
  await page.goto(N("/map"));
  const region = page.locator('[data-iso="UA-14"]');
  await region.hover();
  await expect(page.getByTestId("map-tooltip")).toContainText(nameOf(donetsk));
  await region.click();
  const panel = page.getByTestId("territory-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(nameOf(donetsk));
  await expect(panel.getByTestId("territory-claim")).toHaveCount(donetskClaims.length);

  await panel.getByRole("button", { name: "Close region panel" }).click();
  await expect(panel).toHaveCount(0);
  const crimea = page.locator('[data-iso="UA-43"]');
  await crimea.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/region=UA-43/);
  await expect(page.getByTestId("territory-panel").getByRole("heading", { level: 2 })).toHaveText(nameOf(seed.territories.find((t) => t.code === "UA-43")!));
});

test("the table alternative lists every region", async ({ page }) => {
  await page.goto(N("/map"));
  await page.getByText("Table view of this layer").click();
  await expect(page.getByTestId("map-table").locator("tbody tr")).toHaveCount(27);
});

test("the map is the negotiation's own, with its attribution under it", async ({ page }) => {
  await page.goto("/map");
  await expect(page.locator("figure[data-map-source]")).toHaveAttribute("data-map-source", "uploaded");
  await expect(page.getByTestId("map-attribution")).toContainText("Natural Earth");
});
