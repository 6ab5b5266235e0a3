import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { readSeedData } from "../lib/seed/read";
import { latestBriefing, N, publishedCards, seed } from "./support/seed";

/** The other seeded cases' main views (their own data: long names, a world-outline map). */
const OTHER_CASES = readSeedData()
  .negotiations.filter((n) => n.status === "published" && n.id !== seed.negotiations[0].id)
  .flatMap((n) => [`/n/${n.slug}`, `/n/${n.slug}/positions`, `/n/${n.slug}/map`, `/n/${n.slug}/charts`]);

/** A negotiation's views, and the pages shared by every negotiation (the list, actors, sources, the search). */
const PAGES = [
  ...[N(), N("/briefings"), N(`/briefings/${latestBriefing.slug}`), N("/cards"), N(`/cards/${publishedCards[0].id}`), N("/positions"), N("/issues/territory"), N("/map"), N("/map?layer=draft:plan28&region=UA-14"), N("/territories/UA-14"), N("/compare"), N("/drafts"), N("/charts")],
  ...OTHER_CASES,
  "/negotiations",
  "/actors/putin",
  `/sources/${publishedCards[0].citations[0].sourceId}`,
  "/search?q=ceasefire",
];

/** The admin area, as an admin sees it (editors see the same pages, without Users). */
const ADMIN_PAGES = ["/admin", "/admin/cards", `/admin/cards/${publishedCards[0].id}`, `/admin/cards/${publishedCards[0].id}/history`, "/admin/positions/new", "/admin/briefings/" + seed.briefings[0].id, "/admin/audit", "/admin/users", "/admin/transfer", "/admin/negotiations", "/admin/drafts/new-version?base=plan28", "/admin/drafts/recheck?draft=plan20"];

async function expectNoSeriousViolations(page: import("@playwright/test").Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

for (const path of PAGES) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    // axe walks every node: the dashboard's few thousand take a while on two cores.
    test.setTimeout(120_000);
    await expectNoSeriousViolations(page, path);
  });
}

/** The map's views follow the theme: checked in the dark one too ("-g map" runs them with the rest of the map's). */
const MAP_VIEWS = [N("/map"), N("/map?layer=draft:plan28&region=UA-14"), N("/territories/UA-14"), ...OTHER_CASES.filter((p) => p.endsWith("/map"))];

test.describe("dark theme", () => {
  test.use({ colorScheme: "dark" });
  for (const path of MAP_VIEWS) {
    test(`no serious or critical accessibility violations on ${path} (map views, dark)`, async ({ page }) => {
      test.setTimeout(120_000);
      await expectNoSeriousViolations(page, path);
      await expect(page.locator("html")).toHaveClass(/dark/);
    });
  }
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("no serious or critical accessibility violations on /sign-in", async ({ page }) => {
    await expectNoSeriousViolations(page, "/sign-in");
  });
});

test.describe("admin area", () => {
  test.use({ storageState: storageState("admin") });
  for (const path of ADMIN_PAGES) {
    test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
      test.setTimeout(120_000);
      await expectNoSeriousViolations(page, path);
    });
  }
});

test("dark mode is offered and remembered", async ({ page }) => {
  await page.goto(N());
  const toggle = page.getByRole("button", { name: /Change theme/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});
