import { expect, test } from "@playwright/test";
import { STANCE_LABELS } from "../lib/domain/labels";
import { changedPair, seed, N } from "./support/seed";

test("each matrix cell shows the actor's latest stance and opens its history", async ({ page }) => {
  const { actor, issue, list } = changedPair();
  await page.goto(N("/positions"));
  const cell = page.getByTestId(`cell-${actor}-${issue}`);
  await expect(cell).toHaveAttribute("data-stance", list[list.length - 1].stance);
  // The stance in words, not only as a colour and a symbol.
  await expect(cell).toContainText(STANCE_LABELS[list[list.length - 1].stance]);

  await cell.click();
  await expect(page).toHaveURL(new RegExp(`cell=${actor}(%3A|:)${issue}`));
  const history = page.getByTestId("position-history");
  await expect(history.getByTestId("history-entry")).toHaveCount(list.length);
  await expect(history.getByTestId("stance-change").first()).toBeVisible();
  // Newest first: the first entry is the latest statement's summary.
  await expect(history.getByTestId("history-entry").first()).toContainText(list[list.length - 1].summary.slice(0, 40));

  // The open drawer is part of the link: a reload shows it again.
  await page.reload();
  await expect(page.getByTestId("position-history")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/cell=/);
});

test("filtering by bloc keeps only that bloc's actors", async ({ page }) => {
  const bloc = "Ukraine";
  const expected = new Set(seed.actors.filter((a) => a.bloc === bloc && seed.positions.some((p) => p.actorId === a.id)).map((a) => a.name));
  await page.goto(N("/positions"));
  await page.getByRole("button", { name: bloc, exact: true }).click();
  await expect(page).toHaveURL(/bloc=Ukraine/);
  const rows = page.getByTestId("position-matrix").locator("tbody th a");
  await expect(rows).toHaveCount(expected.size);
  for (const name of await rows.allInnerTexts()) expect(expected.has(name)).toBe(true);
});

test("actor and issue pages gather their positions", async ({ page }) => {
  const { actor, issue } = changedPair();
  const actorName = seed.actors.find((a) => a.id === actor)!.name;
  const issueTitle = seed.issues.find((i) => i.id === issue)!.title;
  await page.goto(`/actors/${actor}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(actorName);
  await expect(page.getByRole("link", { name: issueTitle })).toBeVisible();
  await page.goto(N(`/issues/${issue}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(issueTitle);
  await expect(page.getByRole("row", { name: new RegExp(actorName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first()).toBeVisible();
});
