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
