// Several negotiations: the list at /, the header's switcher, reopening the last one, and the
// old addresses (before each negotiation had its own) leading to the first case.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/url";
import { LEGACY_ROUTES } from "../lib/negotiations/legacy";
import { firstCase, latestBriefing, N, publishedCards, seed } from "./support/seed";

const db = createPrismaClient(parseDatabaseUrl(process.env.E2E_DATABASE_URL ?? "file:./.e2e/parley-e2e.db"));
const SECOND = { id: "e2e-second-case", slug: "e2e-second-case", title: "E2E second case" };
const actor = seed.positions[0].actorId;

/** A concrete old address of each family, with a query string that must survive. */
const example: Record<(typeof LEGACY_ROUTES)[number], string> = {
  "/positions": "/positions?bloc=Russia",
  "/map": "/map?layer=control",
  "/compare": "/compare?a=plan28&b=plan20",
  "/cards": "/cards?q=ceasefire",
  "/cards/<id>": `/cards/${publishedCards[0].id}`,
  "/territories/<code>": "/territories/UA-14",
  "/briefings": "/briefings",
  "/briefings/<slug>": `/briefings/${latestBriefing.slug}`,
  "/issues/<id>": "/issues/territory",
  "/drafts": "/drafts?point=x",
  "/charts": "/charts",
  "/print/<panel>": "/print/map?token=x",
  "/print/briefings/<slug>": `/print/briefings/${latestBriefing.slug}?token=x`,
};

test.describe("old addresses", () => {
  for (const route of LEGACY_ROUTES) {
    test(`${route} leads permanently to the first case's same view, query kept`, async ({ request }) => {
      const url = example[route];
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location, "http://x").pathname + new URL(response.headers().location, "http://x").search).toBe(N(url));
    });
  }
});

test.describe("two negotiations", () => {
  test.beforeAll(async () => {
    await db.negotiation.create({ data: { ...SECOND, summary: "A second negotiation for the e2e tests.", status: "published", publishedAt: new Date() } });
    await db.issue.create({ data: { id: "e2e-second-issue", negotiationId: SECOND.id, title: "E2E second issue", description: "Only in the second case." } });
    await db.position.create({ data: { id: "e2e-second-position", actorId: actor, issueId: "e2e-second-issue", stance: "supports", summary: "Supports it.", statedAt: new Date("2025-10-01"), status: "published" } });
  });
  test.afterAll(async () => {
    await db.position.deleteMany({ where: { issueId: "e2e-second-issue" } });
    await db.issue.deleteMany({ where: { negotiationId: SECOND.id } });
    await db.negotiation.deleteMany({ where: { id: SECOND.id } });
    await db.$disconnect();
  });

  test("/ lists them, then reopens the one the reader used last", async ({ page, context }) => {
    await context.clearCookies({ name: "parley-negotiation" });
    const list = page.getByTestId("negotiation-list");
    // The new negotiation shows once the server has seen the content version move (within a second or so).
    await expect(async () => {
      await page.goto("/");
      await expect(list.getByRole("link", { name: SECOND.title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/$/);
    await expect(list.getByRole("link", { name: firstCase.title })).toBeVisible();
    await list.getByRole("link", { name: SECOND.title }).click();
    await expect(page).toHaveURL(new RegExp(`/n/${SECOND.slug}$`));
    // The page, once shown, remembers its negotiation.
    await expect.poll(async () => (await context.cookies()).find((c) => c.name === "parley-negotiation")?.value).toBe(SECOND.slug);
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/n/${SECOND.slug}$`));
    // The list stays reachable from the header.
    await page.getByRole("link", { name: "All negotiations" }).click();
    await expect(page).toHaveURL(/\/negotiations$/);
    for (const title of [firstCase.title, SECOND.title]) await expect(page.getByTestId("negotiation-list").getByRole("link", { name: title })).toBeVisible();
    // The list prefetches both negotiations' pages: that opens neither, so / still reopens the second.
    await page.waitForLoadState("networkidle");
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/n/${SECOND.slug}$`));
  });

  test("the header's switcher keeps the view and drops the other negotiation's filters", async ({ page }) => {
    await page.goto(N("/positions?bloc=Russia"));
    const switcher = page.getByRole("combobox", { name: "Negotiation" });
    await expect(switcher).toHaveValue(firstCase.slug);
    await switcher.focus();
    await switcher.selectOption(SECOND.slug);
    await expect(page).toHaveURL(new RegExp(`/n/${SECOND.slug}/positions$`));
    await expect(page.getByTestId(`cell-${actor}-e2e-second-issue`)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Positions" })).toHaveAttribute("href", `/n/${SECOND.slug}/positions`);
    await page.getByRole("combobox", { name: "Negotiation" }).selectOption(firstCase.slug);
    await expect(page).toHaveURL(new RegExp(`${N("/positions")}$`));
  });

  test("the actor's page shows their stances in both negotiations, each linking to its own views", async ({ page }) => {
    await page.goto(`/actors/${actor}`);
    const groups = page.getByTestId("actor-negotiations").locator(":scope > section");
    // The first case first, the newest negotiation (this test's) last; the seed's other cases, where the actor speaks, between.
    await expect(groups.first()).toContainText(firstCase.title);
    await expect(groups.last()).toContainText(SECOND.title);
    await expect(groups.last().getByRole("link", { name: "E2E second issue" })).toHaveAttribute("href", `/n/${SECOND.slug}/positions?cell=${encodeURIComponent(`${actor}:e2e-second-issue`)}`);
  });

  test("an unknown negotiation is the app's 404", async ({ page }) => {
    const response = await page.goto("/n/no-such-case/positions");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
