// Operating the admin forms as a person would: one value into one control, and a whole new
// record through its form. Shared by the e2e tests that edit through the admin area.
import { expect, type Page } from "@playwright/test";
import { KINDS, type KindName } from "../../lib/records";
import type { Option, Options } from "../../lib/records/fields";
import { formFields, type FieldSpec } from "../../lib/records/forms";

export /** Puts one value into one form control, the way a person would operate it. */
async function fill(page: Page, field: FieldSpec, value: unknown, options: Options) {
  const control = page.locator(`#field-${field.name}`);
  const labelOf = (list: Option[], id: string) => list.find((o) => o.id === id)!.label;
  switch (field.kind) {
    case "text":
    case "textarea":
    case "markdown":
    case "url":
    case "date":
    case "number":
      await control.fill(value === null || value === undefined ? "" : String(value));
      break;
    case "checkbox":
      await control.setChecked(Boolean(value));
      break;
    case "select":
    case "ref":
      await control.selectOption(value === null ? "" : String(value));
      break;
    case "tags":
      await control.fill((value as string[]).join(", "));
      break;
    case "names":
      await control.fill(Object.entries(value as Record<string, string>).map(([lang, name]) => `${lang}: ${name}`).join("\n"));
      break;
    case "refs":
      for (const id of value as string[]) await control.getByRole("checkbox", { name: labelOf(options[field.options], id), exact: true }).check();
      break;
    case "order":
      for (const id of value as string[]) {
        await page.getByRole("combobox", { name: `Add to ${field.label.toLowerCase()}` }).selectOption(id);
        await page.getByRole("button", { name: "Add", exact: true }).click();
      }
      break;
    case "citations":
      for (const [i, citation] of (value as { sourceId: string; locator: string | null }[]).entries()) {
        await page.getByRole("button", { name: "Cite a source" }).click();
        await pickSource(page, i + 1, labelOf(options.sources, citation.sourceId));
        await page.getByRole("textbox", { name: `Where in source ${i + 1}` }).fill(citation.locator ?? "");
      }
      break;
  }
}

/**
 * Cites a source in the n-th source picker by typing into its search, as an editor would: the
 * source with this label, or without one the first source the list offers.
 */
export async function pickSource(page: Page, n: number, label?: string) {
  const input = page.getByRole("combobox", { name: `Source ${n}`, exact: true });
  if (label) {
    await input.fill(label);
    await page.getByRole("listbox").getByRole("option", { name: label, exact: true }).click();
  } else {
    await input.click();
    await page.getByRole("listbox").getByRole("option").first().click();
  }
  await expect(input).not.toHaveValue("");
}

/** The admin options (every pickable record), as the forms load them. */
export async function adminOptions(page: Page): Promise<Options> {
  // One retry when the server closed the kept-alive connection just as it was reused
  // (ECONNRESET on a busy machine); any answer the server gives is taken as it is.
  const get = () => page.request.get("/api/admin/options");
  const response = await get().catch((error: Error) => (/ECONNRESET/.test(error.message) ? get() : Promise.reject(error)));
  expect(response.status()).toBe(200);
  return (await response.json()) as Options;
}

/** Creates one record through its "new" form, filling the fields `input` names; returns its id. */
export async function createThroughForm(page: Page, type: KindName, input: Record<string, unknown>): Promise<string> {
  const kind = KINDS[type];
  const options = await adminOptions(page);
  await page.goto(`/admin/${type}/new`);
  await expect(page.getByRole("heading", { name: `New ${kind.label.one.toLowerCase()}` })).toBeVisible();
  for (const field of formFields(kind)) if (field.name in input) await fill(page, field, input[field.name], options);
  await page.getByRole("button", { name: `Create ${kind.label.one.toLowerCase()}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/${type}/[^/?]+\\?saved=created`));
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
}
