// The editor's round trip in Chromium: sign in, record a new stance from the matrix and publish it, edit an
// unpublished card, submit it for review, publish it; an analyst signed in elsewhere sees both
// on the dashboard without reloading, and cannot reach the admin area or any mutation.
// (Runs after the read-only specs: it changes the data they derive their expectations from.)
import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { pickSource } from "./support/forms";
import { seed, N } from "./support/seed";

const draftCard = seed.cards.find((c) => c.status !== "published")!;
const newTitle = `${draftCard.title} (edited in e2e)`;

/** The current stance of an actor on an issue, and a different one to record. */
const pair = (() => {
  const p = seed.positions.find((x) => x.stance !== "opposes")!;
  return { actorId: p.actorId, issueId: p.issueId };
})();

async function analystPage(browser: import("@playwright/test").Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState("analyst") });
  return context.newPage();
}

test.describe("editor", () => {
  test.use({ storageState: storageState("editor") });

  test("records a new stance from the matrix; an analyst's open matrix shows it within 30 s", async ({ page, browser }) => {
    const analyst = await analystPage(browser);
    await analyst.goto(N("/positions"));
    const analystCell = analyst.getByTestId(`cell-${pair.actorId}-${pair.issueId}`);
    await expect(analystCell).not.toHaveAttribute("data-stance", "opposes");

    await page.goto(N(`/positions?cell=${pair.actorId}:${pair.issueId}`));
    await page.getByRole("link", { name: "Record a new stance" }).click();
    await expect(page).toHaveURL(/\/admin\/positions\/new\?/);
    await expect(page.getByRole("combobox", { name: /^Actor/ })).toHaveValue(pair.actorId);
    await page.getByRole("combobox", { name: /^Stance/ }).selectOption("opposes");
    await page.getByRole("textbox", { name: /^Stated on/ }).fill("2026-11-20");
    await page.getByRole("textbox", { name: /^Summary/ }).fill("Restated in e2e: opposes.");
    await page.getByRole("button", { name: "Cite a source" }).click();
    await pickSource(page, 1);
    await page.getByRole("button", { name: "Create position" }).click();
    await expect(page).toHaveURL(/\/admin\/positions\/[^/?]+\?saved=created/);
    await expect(page.getByText("Created.")).toBeVisible();

    // A new stance waits for review: readers do not see it until it is published.
    await expect(page.getByText("draft", { exact: true })).toBeVisible();
    await analyst.reload();
    await expect(analystCell).not.toHaveAttribute("data-stance", "opposes");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText(/Status: published/)).toBeVisible();

    await expect(analystCell).toHaveAttribute("data-stance", "opposes", { timeout: 35_000 });
  });

  test("edits an unpublished card, submits it for review and publishes it; the analyst sees it", async ({ page, browser }) => {
    const analyst = await analystPage(browser);
    const cardPage = await analyst.request.get(N(`/cards/${draftCard.id}`));
    expect(cardPage.status()).toBe(404);

    await page.goto(`/admin/cards/${draftCard.id}`);
    const title = page.getByRole("textbox", { name: /^Title/ });
    await expect(title).toHaveValue(draftCard.title);
    // A required field left empty is named, and nothing is saved.
    await title.fill("");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Check: Title")).toBeVisible();
    await title.fill(newTitle);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText(/Saved as version \d+/)).toBeVisible();

    // Editors preview it exactly as analysts will see it.
    const preview = await page.context().newPage();
    await preview.goto(N(`/cards/${draftCard.id}?preview=1`));
    await expect(preview.getByRole("note")).toContainText("Preview");
    await expect(preview.getByRole("heading", { name: newTitle })).toBeVisible();
    await preview.close();

    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText(/Status: in review/)).toBeVisible();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText(/Status: published/)).toBeVisible();

    await analyst.goto(N(`/cards/${draftCard.id}`));
    await expect(analyst.getByRole("heading", { name: newTitle })).toBeVisible();

    // The history shows each step, with a field-level diff of the title.
    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByText("publish", { exact: true })).toBeVisible();
    const baseline = await page.getByRole("combobox", { name: "From" }).locator("option", { hasText: "baseline" }).getAttribute("value");
    await page.getByRole("combobox", { name: "From" }).selectOption(baseline!);
    await page.getByRole("button", { name: "Compare" }).click();
    const changes = page.getByRole("table", { name: "Changed fields" });
    await expect(changes.getByRole("row", { name: /Title/ })).toContainText("(edited in e2e)");
    await expect(changes.getByRole("row", { name: /Publication status/ })).toBeVisible();

    // Restoring asks first; declined, nothing happens; accepted, it says which version it made.
    const restore = page.getByRole("button", { name: "Restore version 1" });
    page.once("dialog", (dialog) => dialog.dismiss());
    await restore.click();
    await expect(page.getByRole("status").filter({ hasText: "Restored" })).toHaveCount(0);
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain("Restore version 1?");
      void dialog.accept();
    });
    await restore.click();
    await expect(page.getByRole("status").filter({ hasText: /Restored as version \d+/ })).toBeVisible();
    await expect(page.getByText("restore v1", { exact: true })).toBeVisible();
  });
});

test.describe("analyst", () => {
  test("cannot reach the admin area or any mutation", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    const origin = new URL(page.url()).origin;
    const put = await page.request.put(`/api/admin/cards/${draftCard.id}`, { data: { version: 1, data: {} }, headers: { origin } });
    expect(put.status()).toBe(403);
    const create = await page.request.post("/api/admin/issues", { data: { title: "x", description: "y" }, headers: { origin } });
    expect(create.status()).toBe(403);
    await page.goto(N(`/positions?cell=${pair.actorId}:${pair.issueId}`));
    await expect(page.getByTestId("position-history")).toBeVisible();
    await expect(page.getByRole("link", { name: "Record a new stance" })).toHaveCount(0);
  });
});

test.describe("contradictory alignments", () => {
  test.use({ storageState: storageState("editor") });

  test("the admin home lists alignments that contradict each other, each linked to its form", async ({ page }) => {
    // A later point recorded as added and also as coming from an earlier point, found by the rule itself.
    const added = seed.alignments.find((a) => a.relation === "added" && seed.alignments.some((b) => b !== a && b.toPointId === a.toPointId && b.fromPointId && b.fromDraftId === a.fromDraftId));
    test.skip(!added, "the seed records no contradictory alignments");
    await page.goto("/admin");
    const list = page.getByTestId("contradictions");
    const entry = list.getByRole("listitem").filter({ has: page.locator(`a[href="/admin/alignments/${added!.id}"]`) }).first();
    await expect(entry).toContainText(/recorded both as .*Added|recorded both as Added/);
    await entry.locator(`a[href="/admin/alignments/${added!.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/admin/alignments/${added!.id}$`));
  });
});

test.describe("source picker", () => {
  test.use({ storageState: storageState("editor") });

  test("finds a source by words of its title typed in any order, and cites it", async ({ page }) => {
    const source = seed.sources.find((s) => s.title.split(/\s+/).filter((w) => w.length > 4).length >= 2)!;
    const [first, second] = source.title.split(/\s+/).filter((w) => w.length > 4);
    await page.goto("/admin/positions/new");
    await page.getByRole("button", { name: "Cite a source" }).click();
    const input = page.getByRole("combobox", { name: "Source 1", exact: true });
    await input.fill(`${second.toLowerCase()} ${first}`);
    const options = page.getByRole("listbox").getByRole("option");
    await expect(options.filter({ hasText: source.title }).first()).toBeVisible();
    expect(await options.count()).toBeLessThan(seed.sources.length);
    await options.filter({ hasText: source.title }).first().click();
    await expect(input).toHaveValue(new RegExp(source.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    // Nothing matches: the list says so and points to adding the source.
    await input.fill("zzqx no such source");
    await expect(page.getByText(/No source matches/)).toBeVisible();
  });
});
