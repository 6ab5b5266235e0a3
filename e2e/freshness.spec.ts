import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/url";
import { latestBriefing, N, seed, statements } from "./support/seed";

// Writes straight to the database the server reads, as an editor's save through any instance would.
const db = createPrismaClient(parseDatabaseUrl(process.env.E2E_DATABASE_URL ?? "file:./.e2e/parley-e2e.db"));
test.afterAll(() => db.$disconnect());

test("an open dashboard shows a published change within 30 seconds, without reloading", async ({ page }) => {
  test.setTimeout(60_000);
  // A stance no other test looks at (a pair with a single statement), on an issue of the briefing
  // the dashboard shows: its matrix summary has those issues' columns.
  const briefingIssues = new Set(latestBriefing.cardIds.flatMap((id) => seed.cards.find((c) => c.id === id && c.status === "published")?.issueIds ?? []));
  const position = seed.positions.find((p) => briefingIssues.has(p.issueId) && statements(p.actorId, p.issueId).length === 1 && p.stance !== "opposes")!;
  await page.goto(N());
  const cell = page.getByTestId(`cell-${position.actorId}-${position.issueId}`);
  await expect(cell).toHaveAttribute("data-stance", position.stance);

  await db.position.update({ where: { id: position.id }, data: { stance: "opposes" } });
  try {
    await expect(cell).toHaveAttribute("data-stance", "opposes", { timeout: 30_000 });
    await expect(page.getByTestId("freshness")).toContainText("Updated");
  } finally {
    await db.position.update({ where: { id: position.id }, data: { stance: position.stance } });
  }
});

test("a reloaded page is served from the shared page cache until the content changes, and never stale after", async ({ page }) => {
  const position = seed.positions.find((p) => statements(p.actorId, p.issueId).length === 1 && p.stance !== "conditional")!;
  const url = N(`/positions?issue=${position.issueId}`);
  const load = async () => {
    const response = await page.goto(url);
    return { cache: response!.headers()["x-parley-page-cache"], stance: await page.getByTestId(`cell-${position.actorId}-${position.issueId}`).getAttribute("data-stance") };
  };
  expect((await page.goto(url))!.status()).toBe(200);
  // Reloads hit the cache once the content is stable (a change made just before, e.g. by the
  // test above, is noticed within the version's one-second re-read, and renders once more).
  await expect.poll(async () => (await load()).cache, { timeout: 10_000 }).toBe("hit");
  expect((await load()).stance).toBe(position.stance);

  // A write straight to the database (no app code involved): its trigger moves the version.
  await db.position.update({ where: { id: position.id }, data: { stance: "conditional" } });
  try {
    // Within the freshness bound the new stance shows; from then on no load is stale, hit or miss.
    const changedAt = Date.now();
    const loads: { cache: string; stance: string | null }[] = [];
    while (Date.now() - changedAt < 4_000) loads.push(await load());
    const firstFresh = loads.findIndex((l) => l.stance === "conditional");
    expect(firstFresh, JSON.stringify(loads)).toBeGreaterThanOrEqual(0);
    expect(loads.slice(firstFresh).filter((l) => l.stance !== "conditional"), JSON.stringify(loads)).toEqual([]);
    expect(loads.slice(firstFresh).some((l) => l.cache === "hit"), "the fresh page is cached again").toBe(true);
  } finally {
    await db.position.update({ where: { id: position.id }, data: { stance: position.stance } });
  }
});
