import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/url";
import { seed, statements } from "./support/seed";

// Writes straight to the database the server reads, as an editor's save through any instance would.
const db = createPrismaClient(parseDatabaseUrl(process.env.E2E_DATABASE_URL ?? "file:./.e2e/parley-e2e.db"));
test.afterAll(() => db.$disconnect());

test("an open dashboard shows a published change within 30 seconds, without reloading", async ({ page }) => {
  test.setTimeout(60_000);
  // A stance no other test looks at: a pair with a single statement.
  const position = seed.positions.find((p) => statements(p.actor, p.issue).length === 1 && p.stance !== "opposes")!;
  await page.goto("/");
  const cell = page.getByTestId(`cell-${position.actor}-${position.issue}`);
  await expect(cell).toHaveAttribute("data-stance", position.stance);

  await db.position.update({ where: { id: position.id }, data: { stance: "opposes", version: { increment: 1 } } });
  try {
    await expect(cell).toHaveAttribute("data-stance", "opposes", { timeout: 30_000 });
    await expect(page.getByTestId("freshness")).toContainText("Updated");
  } finally {
    await db.position.update({ where: { id: position.id }, data: { stance: position.stance } });
  }
});

test("a reloaded page is served from the shared page cache until the content changes", async ({ page }) => {
  const position = seed.positions.find((p) => statements(p.actor, p.issue).length === 1 && p.stance !== "conditional")!;
  const url = `/positions?issue=${position.issue}`;
  expect((await page.goto(url))!.status()).toBe(200);
  // Reloads hit the cache once the content is stable (a change made just before, e.g. by the
  // test above, is noticed within the version's one-second re-read, and renders once more).
  await expect.poll(async () => (await page.goto(url))!.headers()["x-parley-page-cache"], { timeout: 10_000 }).toBe("hit");

  await db.position.update({ where: { id: position.id }, data: { stance: "conditional", version: { increment: 1 } } });
  try {
    // The content version is re-read at most once a second: within a few seconds the next load renders afresh.
    await expect
      .poll(async () => {
        const response = await page.goto(url);
        return `${response!.headers()["x-parley-page-cache"]} ${await page.getByTestId(`cell-${position.actor}-${position.issue}`).getAttribute("data-stance")}`;
      }, { timeout: 10_000 })
      .toMatch(/^(miss|hit) conditional$/);
  } finally {
    await db.position.update({ where: { id: position.id }, data: { stance: position.stance } });
  }
});
