import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { publishedCards } from "./support/seed";

const PAGES = ["/", "/cards", `/cards/${publishedCards[0].id}`, "/positions", "/actors/putin", "/issues/territory", "/map", "/territories/UA-14", "/compare", "/drafts", "/charts"];

for (const path of PAGES) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    // axe walks every node: the dashboard's few thousand take a while on two cores.
    test.setTimeout(120_000);
    await page.goto(path);
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
  });
}

test("dark mode is offered and remembered", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /Change theme/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});
