import AxeBuilder from "@axe-core/playwright";
import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { readSeedData } from "../lib/seed/read";
import { firstCase, latestBriefing, N, publishedCards, seed } from "./support/seed";

/** The other seeded cases' main views (their own data: long names, a world-outline map). */
const OTHER_CASES = readSeedData()
  .negotiations.filter((n) => n.status === "published" && n.id !== seed.negotiations[0].id)
  .flatMap((n) => [`/n/${n.slug}`, `/n/${n.slug}/positions`, `/n/${n.slug}/map`, `/n/${n.slug}/charts`]);

const firstDraft = seed.drafts[0].id;
const laterDraft = seed.drafts.find((d) => d.revisesId)?.id ?? firstDraft;

/**
 * Every page of the app (its file under app/, without "/page.tsx"), with the addresses a reader
 * opens it at. A test below fails when a page is added without an entry here, so no page goes
 * unchecked.
 */
const READER_PAGES: Record<string, string[]> = {
  "": ["/"],
  "negotiations": ["/negotiations"],
  "n/[negotiation]/(dashboard)": [N(), ...OTHER_CASES.filter((p) => /^\/n\/[^/]+$/.test(p))],
  "n/[negotiation]/briefings": [N("/briefings")],
  "n/[negotiation]/briefings/[slug]": [N(`/briefings/${latestBriefing.slug}`)],
  "n/[negotiation]/cards/(feed)": [N("/cards")],
  "n/[negotiation]/cards/[id]": [N(`/cards/${publishedCards[0].id}`)],
  "n/[negotiation]/positions": [N("/positions"), ...OTHER_CASES.filter((p) => p.endsWith("/positions"))],
  "n/[negotiation]/issues/[id]": [N(`/issues/${seed.issues[0].id}`)],
  "n/[negotiation]/blocs/[bloc]": [N(`/blocs/${encodeURIComponent(seed.actors[0].bloc)}`)],
  // The map with a draft's layer and a region's panel open as well.
  "n/[negotiation]/map": [N("/map"), N(`/map?layer=draft:${firstDraft}&region=${seed.territories[0].code}`), ...OTHER_CASES.filter((p) => p.endsWith("/map"))],
  "n/[negotiation]/territories/[code]": [N(`/territories/${seed.territories[0].code}`)],
  "n/[negotiation]/compare": [N("/compare"), N(`/compare?a=${firstDraft}&b=${laterDraft}`)],
  "n/[negotiation]/drafts": [N("/drafts")],
  "n/[negotiation]/charts": [N("/charts"), ...OTHER_CASES.filter((p) => p.endsWith("/charts"))],
  "actors/[id]": [`/actors/${seed.actors[0].id}`],
  "sources/[id]": [`/sources/${publishedCards[0].citations[0].sourceId}`],
  "search": ["/search?q=ceasefire"],
  "updates": ["/updates"],
};

/** The admin area, as an admin sees it (editors see the same pages, without Users). */
const ADMIN_PAGES: Record<string, string[]> = {
  "admin": ["/admin"],
  "admin/[type]": ["/admin/cards"],
  "admin/[type]/[id]": [`/admin/cards/${publishedCards[0].id}`, "/admin/briefings/" + seed.briefings[0].id],
  "admin/[type]/[id]/history": [`/admin/cards/${publishedCards[0].id}/history`],
  "admin/[type]/[id]/map": [`/admin/negotiations/${firstCase.id}/map`],
  "admin/[type]/new": ["/admin/positions/new"],
  "admin/audit": ["/admin/audit"],
  "admin/users": ["/admin/users"],
  "admin/transfer": ["/admin/transfer"],
  "admin/drafts/new-version": [`/admin/drafts/new-version?base=${firstDraft}`],
  "admin/drafts/recheck": [`/admin/drafts/recheck?draft=${laterDraft}`],
};

/** Pages not opened in a browser here, and why. */
const NOT_BROWSED: Record<string, string> = {
  "sign-in": "checked signed out below",
  "n/[negotiation]/print/[panel]": "printed to PDF only (a signed address); e2e/pdf.spec.ts reads it back",
  "n/[negotiation]/print/briefings/[slug]": "printed to PDF only (a signed address); e2e/pdf.spec.ts reads it back",
  "updates/print": "printed to PDF only (a signed address); e2e/pdf.spec.ts reads it back",
};

function pageFiles(dir = "app", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory()) return e.name === "page.tsx" ? [prefix.replace(/\/$/, "")] : [];
    if (e.name === "api") return [];
    return pageFiles(`${dir}/${e.name}`, `${prefix}${e.name}/`);
  });
}

test("every page of the app is checked here", () => {
  const listed = new Set([...Object.keys(READER_PAGES), ...Object.keys(ADMIN_PAGES), ...Object.keys(NOT_BROWSED)]);
  expect(pageFiles().filter((p) => !listed.has(p))).toEqual([]);
});

/** `rules`: only these axe rules (the dark pass checks colours; the light pass checks everything). */
async function expectNoSeriousViolations(page: import("@playwright/test").Page, path: string, rules?: string[]) {
  await page.goto(path);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const axe = new AxeBuilder({ page });
  const results = await (rules ? axe.withRules(rules) : axe).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Wider than the screen: the elements that stick out past its right edge, for the message. */
async function overflowing(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== "fixed")
      .filter((el) => !el.closest("[data-scrolls]"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).split(" ").slice(0, 3).join(".")} (${Math.round(el.getBoundingClientRect().right)} px)`);
  });
}

/**
 * Each page twice: in light mode on a desktop, and in dark mode on a phone (390 px), where
 * nothing may stick out sideways. Dark mode is the system's, as a reader's would be.
 */
function checkPages(pages: Record<string, string[]>) {
  for (const path of Object.values(pages).flat()) {
    test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
      // axe walks every node: the dashboard's few thousand take a while on two cores.
      test.setTimeout(120_000);
      await expectNoSeriousViolations(page, path);
    });
    test(`dark mode on a phone: readable and nothing wider than the screen on ${path}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: "dark" });
      await expectNoSeriousViolations(page, path, ["color-contrast"]);
      await expect(page.locator("html")).toHaveClass(/dark/);
      expect(await overflowing(page)).toEqual([]);
    });
  }
}

checkPages(READER_PAGES);

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("no serious or critical accessibility violations on /sign-in", async ({ page }) => {
    await expectNoSeriousViolations(page, "/sign-in");
  });
  test("dark mode on a phone: readable and nothing wider than the screen on /sign-in", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoSeriousViolations(page, "/sign-in", ["color-contrast"]);
    expect(await overflowing(page)).toEqual([]);
  });
});

test.describe("admin area", () => {
  test.use({ storageState: storageState("admin") });
  checkPages(ADMIN_PAGES);
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
