import { expect, test } from "@playwright/test";
import { STANCE_LABELS } from "../lib/domain/labels";
import { changedPair, seed, N, statements } from "./support/seed";

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
  const rows = page.getByTestId("position-matrix").locator('tbody th a[href^="/actors/"]');
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

test("a bloc's position gathers its members' latest statements on each issue, with the quote of each", async ({ page }) => {
  // The bloc with the most published statements, and its members' latest statement per issue.
  const published = seed.positions.filter((p) => p.publishedAt);
  const blocOf = new Map(seed.actors.map((a) => [a.id, a.bloc]));
  const counts = new Map<string, number>();
  for (const p of published) counts.set(blocOf.get(p.actorId)!, (counts.get(blocOf.get(p.actorId)!) ?? 0) + 1);
  const bloc = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const ofBloc = published.filter((p) => blocOf.get(p.actorId) === bloc);
  const issues = new Set(ofBloc.map((p) => p.issueId));
  const quoted = ofBloc
    .filter((p) => p.quoteEnglish && statements(p.actorId, p.issueId).filter((s) => s.publishedAt).at(-1)?.id === p.id)
    .at(0);

  // From the matrix, the bloc's name under an actor leads to the bloc's page.
  await page.goto(N(`/positions?bloc=${encodeURIComponent(bloc)}`));
  await page.getByTestId("position-matrix").getByRole("link", { name: bloc, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Position of ${bloc}`);
  await expect(page.getByTestId("bloc-issues").locator("> li")).toHaveCount(issues.size);
  if (quoted) {
    const issue = page.locator(`[data-issue="${quoted.issueId}"]`);
    await expect(issue.getByTestId("bloc-statement").filter({ hasText: quoted.quoteEnglish! }).first()).toBeVisible();
  }
  // Each issue says how the members who spoke stand, and on what proposition when it has one.
  const proposition = seed.issues.find((i) => issues.has(i.id) && i.proposition);
  if (proposition) await expect(page.locator(`[data-issue="${proposition.id}"]`)).toContainText(proposition.proposition!);
  await expect(page.getByTestId("bloc-tally").first()).toContainText(/members? spoke: \d+ /);
});

test("the matrix says what proposition each column's stances are on", async ({ page }) => {
  const withProposition = seed.issues.filter((i) => i.proposition && seed.positions.some((p) => p.issueId === i.id && p.publishedAt));
  test.skip(withProposition.length === 0, "no issue of the first case has a proposition");
  await page.goto(N("/positions"));
  const key = page.getByTestId("propositions");
  for (const issue of withProposition) await expect(key).toContainText(issue.proposition!);
});
