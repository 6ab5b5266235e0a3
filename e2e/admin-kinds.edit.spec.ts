// Every kind of record through its admin form in Chromium, as an editor would: fill the form
// of a new record field by field, create it, edit it, publish it where readers see it only once
// published, delete it — generated from the list of kinds, with the samples the API test uses.
// Then two editors save the same record at once and the form merges their changes three ways.
import { expect, test } from "@playwright/test";
import { KIND_LIST, type KindName } from "../lib/records";
import type { Options } from "../lib/records/fields";
import { formFields } from "../lib/records/forms";
import { SAMPLES } from "../tests/support/samples";
import { storageState } from "./support/accounts";
import { fill } from "./support/forms";
import { seed } from "./support/seed";

test.use({ storageState: storageState("editor") });

for (const kind of KIND_LIST) {
  const sample = SAMPLES[kind.type as KindName];
  test(`${kind.label.many}: created, edited, ${kind.publishable ? "published, " : ""}deleted through the form`, async ({ page }) => {
    const options = (await (await page.request.get("/api/admin/options")).json()) as Options;
    await page.goto(`/admin/${kind.type}/new`);
    await expect(page.getByRole("heading", { name: `New ${kind.label.one.toLowerCase()}` })).toBeVisible();
    for (const field of formFields(kind)) {
      if (field.name in sample.input) await fill(page, field, sample.input[field.name], options);
    }
    await page.getByRole("button", { name: `Create ${kind.label.one.toLowerCase()}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/${kind.type}/[^/?]+\\?saved=created`));
    await expect(page.getByText("Created.")).toBeVisible();
    await expect(page.getByText("version 1", { exact: true })).toBeVisible();

    // What the form shows is what was entered.
    for (const field of formFields(kind)) {
      const value = sample.input[field.name];
      if (["text", "textarea", "url", "date", "number"].includes(field.kind) && value !== null && value !== undefined) await expect(page.locator(`#field-${field.name}`)).toHaveValue(String(value));
    }

    const [name, value] = Object.entries(sample.edit)[0];
    await fill(page, formFields(kind).find((f) => f.name === name)!, value, options);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText(/Saved as version 2\./)).toBeVisible();

    if (kind.publishable) {
      await expect(page.getByText("draft", { exact: true })).toBeVisible();
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      await expect(page.getByText(/Status: published/)).toBeVisible();
    }

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/${kind.type}\\?deleted=1`));
  });
}

test.describe("two editors saving the same card", () => {
  const card = seed.cards.find((c) => c.status === "published" && c.kind !== "assessment")!;

  test("merge by themselves when they changed different fields, and ask only about a field both changed", async ({ browser }) => {
    const open = async () => {
      const context = await browser.newContext({ storageState: storageState("editor") });
      const page = await context.newPage();
      await page.goto(`/admin/cards/${card.id}`);
      await expect(page.locator("#field-title")).toHaveValue(card.title);
      return page;
    };
    const a = await open();
    const b = await open();

    // A changes the title, B the body: B's save goes through with both changes.
    await a.locator("#field-title").fill(`${card.title} (A)`);
    await a.getByRole("button", { name: "Save", exact: true }).click();
    await expect(a.getByText(/Saved as version \d+\./)).toBeVisible();
    await b.locator("#field-body").fill(`${card.body}\n\nAdded by B.`);
    await b.getByRole("button", { name: "Save", exact: true }).click();
    await expect(b.getByText(/Someone saved meanwhile; their changes to Title were merged with yours\./)).toBeVisible();
    await expect(b.locator("#field-title")).toHaveValue(`${card.title} (A)`);
    await a.reload();
    await expect(a.locator("#field-body")).toHaveValue(`${card.body}\n\nAdded by B.`);

    // Both change the title: B is asked about the title alone; A's body stays.
    await a.locator("#field-title").fill("Title by A");
    await a.locator("#field-importance").selectOption("5");
    await a.getByRole("button", { name: "Save", exact: true }).click();
    await expect(a.getByText(/Saved as version \d+\./)).toBeVisible();
    await b.locator("#field-title").fill("Title by B");
    await b.getByRole("button", { name: "Save", exact: true }).click();
    const panel = b.getByRole("alert").filter({ hasText: "Someone else saved this record" });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("table", { name: "Fields you both changed" }).getByRole("row")).toHaveCount(2); // header + Title
    await expect(panel).toContainText("Their changes to Importance (1–5) are taken in.");
    await expect(panel.getByRole("button", { name: "Save the merged version" })).toBeDisabled();
    await panel.getByRole("radio", { name: "Keep mine for Title" }).check();
    await panel.getByRole("button", { name: "Save the merged version" }).click();
    await expect(b.getByText(/Saved as version \d+\./)).toBeVisible();
    await expect(panel).toHaveCount(0);

    await a.reload();
    await expect(a.locator("#field-title")).toHaveValue("Title by B");
    await expect(a.locator("#field-importance")).toHaveValue("5");
  });
});
