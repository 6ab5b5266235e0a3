import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { firstCase, seed, N } from "./support/seed";

const plan20Dropped = seed.alignments.filter((a) => a.fromDraftId === "plan28" && a.toDraftId === "plan20" && a.relation === "dropped");

test("the default comparison is the 28-point plan against the 27-point document, honest about unpublished text", async ({ page }) => {
  await page.goto(N("/compare"));
  await expect(page.getByLabel("Earlier draft")).toHaveValue("plan28");
  await expect(page.getByLabel("Later draft")).toHaveValue("moscow27");
  // No alignment is reported for this pair: it leads with what is known, not with empty rows.
  const known = page.getByTestId("no-alignments");
  await expect(known).toContainText("no point-by-point alignment between them has been reported");
  await expect(known.getByRole("link", { name: "The lineage of the known points" })).toBeVisible();
  await expect(page.getByTestId("comparison-row").first()).toBeHidden();
  await page.getByText(/Show the points of both drafts side by side anyway/).click();
  await expect(page.getByText("Text not public").first()).toBeVisible();
  // An earlier point nothing is recorded about is "counterpart unknown", never "dropped".
  await expect(page.getByTestId("side-unknown").first()).toContainText("Counterpart unknown");
  await expect(page.getByTestId("side-reported")).toHaveCount(0);
});

test("a dropped point says so, and paraphrases are shown side by side without a word diff", async ({ page }) => {
  await page.goto(N("/compare?a=plan28&b=plan20"));
  const dropped = page.getByTestId("comparison-row").filter({ has: page.getByTestId("side-reported") }).first();
  // Worded by how the drop is known: reported by an outlet, or inferred from its absence.
  await expect(dropped.getByTestId("side-reported")).toHaveText(/^Dropped \((reported|inferred from its absence|unconfirmed)\)$/);
  const reported = plan20Dropped.filter((al) => al.reporting === "reported").length;
  await expect(page.getByTestId("side-reported").filter({ hasText: "Dropped (reported)" })).toHaveCount(reported);
  // Both sides are our paraphrases: no diff of our own wording, and the reason why.
  await expect(page.getByTestId("word-diff")).toHaveCount(0);
  await expect(page.getByTestId("no-diff").first()).toContainText("paraphrase");
});

test("changing the drafts and filtering by relation", async ({ page }) => {
  await page.goto(N("/compare"));
  await page.getByLabel("Later draft").selectOption("plan20");
  await expect(page).toHaveURL(/b=plan20/);

  await page.getByTestId("relation-counts").locator('[data-relation="dropped"]').click();
  await expect(page).toHaveURL(/relation=dropped/);
  const rows = page.getByTestId("comparison-row");
  await expect(rows).toHaveCount(plan20Dropped.length);
  for (const relation of await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-relation")))) expect(relation).toBe("dropped");
});

test("a row permalink reopens the comparison at that row", async ({ page }) => {
  await page.goto(N("/compare?a=plan28&b=plan20"));
  const row = page.getByTestId("comparison-row").nth(3);
  const id = await row.getAttribute("id");
  await row.getByRole("link", { name: "Permalink to this row" }).click();
  await expect(page).toHaveURL(/row=/);
  await page.reload();
  await expect(page.locator(`[id="${id}"]`)).toHaveClass(/bg-yellow/);
});

test("the comparison downloads as CSV with the filters applied", async ({ page }) => {
  await page.goto(N("/compare?a=plan28&b=plan20&relation=dropped"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-export").click()]);
  // The file and each row name the negotiation.
  expect(download.suggestedFilename()).toBe(`${firstCase.slug}-compare-plan28-plan20.csv`);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split(/\r?\n/).filter((l) => new RegExp(`^"?${firstCase.slug}"?,"?plan28`).test(l));
  expect(csv.replace(/^\uFEFF/, "")).toMatch(/^negotiation,row,relation,/);
  expect(lines).toHaveLength(plan20Dropped.length);
});

test("the lineage view follows a point into the later versions", async ({ page }) => {
  const split = seed.alignments.find((a) => a.relation === "split")!;
  await page.goto(N(`/drafts?point=${split.fromPointId}`));
  const lineage = page.getByTestId("lineage");
  await expect(lineage.locator(`[data-point-id="${split.fromPointId}"]`)).toBeVisible();
  await expect(lineage.locator(`[data-point-id="${split.toPointId}"]`)).toBeVisible();
});

/**
 * A later point recorded as added and also as coming from an earlier point (the seed has such
 * pairs): the records contradict each other. Found here from the rule itself, not by the app's code.
 */
const contradiction = (() => {
  for (const added of seed.alignments.filter((a) => a.relation === "added" && a.toPointId)) {
    const other = seed.alignments.find((a) => a !== added && a.fromDraftId === added.fromDraftId && a.toDraftId === added.toDraftId && a.toPointId === added.toPointId && a.fromPointId);
    if (other) return { added, other };
  }
  return null;
})();

test("contradictory alignments read as a disagreement between records, never as what happened", async ({ page }) => {
  test.skip(!contradiction, "the seed records no contradictory alignments");
  const { added, other } = contradiction!;
  await page.goto(N(`/drafts?point=${other.fromPointId}`));
  const version = page.locator(`[data-draft="${added.fromDraftId}"]`);
  const disputed = version.getByTestId("disputed-records").filter({ hasText: "Records disagree" });
  await expect(disputed.first()).toContainText(/recorded both as .* and as /);
  // The notes of both records stay readable; neither relation is listed as the point's fate.
  if (added.note) await expect(disputed.getByText(added.note)).toBeVisible();
  const fates = version.getByRole("list", { name: /What became of it after/ });
  await expect(fates.getByText("Added", { exact: true })).toHaveCount(0);

  // The comparison of the two drafts marks the row the same way.
  await page.goto(N(`/compare?a=${added.fromDraftId}&b=${added.toDraftId}`));
  const row = page.getByTestId("comparison-row").filter({ has: page.locator(`[data-point-id="${added.toPointId}"]`) });
  await expect(row.getByTestId("disputed-row")).toContainText("Records disagree");
});

test("a version no alignment reaches names its unlinked points on the same issue instead of 'nothing reported'", async ({ page }) => {
  await page.goto(N("/drafts"));
  await expect(page.getByTestId("lineage")).toBeVisible();
  await expect(page.getByText("Nothing reported about this point in this version")).toHaveCount(0);
});
