// The editor's whole draft intake in Chromium: open "New version" on the 28-point plan, upload
// the 20-point framework as a PDF and as a .docx, check the points, propose an alignment, review
// rows with the keyboard and the mouse, give the draft's details and save; then the changes'
// re-check list, publishing, and the analyst's comparison of the two drafts.
import { expect, test, type Page } from "@playwright/test";
import { docx } from "../lib/drafts/align/testdata/docx";
import { imagePdf } from "../lib/drafts/align/testdata/pdf";
import { storageState } from "./support/accounts";
import { pickSource } from "./support/forms";
import { seed, N } from "./support/seed";

const plan20 = seed["draft-points"].filter((p) => p.draftId === "plan20");
const lines = ["Twenty-point framework", ...plan20.map((p) => `${p.number}. ${p.text ?? p.reported}`)];

/**
 * The newest draft linked to the 28-point plan through "revises", as the promise defines the
 * default, read from the live database: other editing specs add drafts to this line meanwhile.
 */
async function latestOfPlan28Line(page: Page): Promise<string> {
  const list = await (await page.request.get("/api/admin/drafts?pageSize=200")).json();
  // One at a time: twenty requests at once on kept-alive connections were reset (ECONNRESET) on a busy machine.
  const read: ({ id: string; date: string; revisesId: string | null } | null)[] = [];
  for (const item of list.items as { id: string }[]) {
    const response = await page.request.get(`/api/admin/drafts/${encodeURIComponent(item.id)}`);
    // A draft another spec deleted between the list and this read is simply not in the line.
    if (response.status() === 404) {
      read.push(null);
      continue;
    }
    const { input } = await response.json();
    read.push({ id: item.id, date: input.date as string, revisesId: input.revisesId as string | null });
  }
  const drafts = read.filter((d): d is { id: string; date: string; revisesId: string | null } => d !== null);
  const line = new Set(["plan28"]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of drafts) {
      const linked = (d.revisesId && line.has(d.revisesId)) || drafts.some((o) => o.revisesId === d.id && line.has(o.id));
      if (!line.has(d.id) && linked) {
        line.add(d.id);
        grew = true;
      }
    }
  }
  return drafts.filter((d) => line.has(d.id)).sort((a, b) => b.date.localeCompare(a.date))[0].id;
}

/** A PDF with a text layer, printed by Chromium itself from the lines. */
async function pdfOf(page: Page, text: string[]): Promise<Buffer> {
  const printer = await page.context().newPage();
  await printer.setContent(`<main>${text.map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("")}</main>`);
  const pdf = await printer.pdf({ format: "A4" });
  await printer.close();
  return pdf;
}

test.describe("draft intake", () => {
  test.use({ storageState: storageState("editor") });
  test.setTimeout(300_000);

  test("an editor takes in the 20-point framework as a new version of the 28-point plan, reviews it and publishes it", async ({ page, browser }) => {
    const latestBefore = await latestOfPlan28Line(page);
    await page.goto("/admin/drafts/plan28");
    await page.getByRole("link", { name: "New version from its text" }).click();
    await expect(page).toHaveURL(/\/admin\/drafts\/new-version\?base=plan28/);
    const chosen = await page.getByLabel("Align with the earlier draft").inputValue();
    // The page was rendered between the two readings: its default is the latest of one of them.
    expect([latestBefore, await latestOfPlan28Line(page)]).toContain(chosen);
    await page.getByLabel("Align with the earlier draft").selectOption("plan28");

    // A scan without text is refused with what to do; a PDF with text and a .docx are read.
    const upload = page.locator("#intake-file");
    await upload.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: imagePdf() });
    // (Next.js announces route changes in an alert region of its own: pick the upload's message.)
    await expect(page.getByRole("alert").filter({ hasText: "scan.pdf" })).toContainText(/text/i);
    await upload.setInputFiles({ name: "framework.pdf", mimeType: "application/pdf", buffer: await pdfOf(page, lines) });
    await expect(page.getByText(`${plan20.length} points found`)).toBeVisible();
    await upload.setInputFiles({ name: "framework.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await docx(lines) });
    await expect(page.getByText(`${plan20.length} points found, as numbered points`)).toBeVisible();
    const textarea = page.getByLabel("Text of the new draft");
    // The .docx keeps each point on one line (the PDF wraps them): every line arrives as written.
    await expect.poll(async () => { const v = await textarea.inputValue(); return lines.every((line) => v.includes(line)); }).toBe(true);
    await expect(page.getByTestId("intake-point")).toHaveCount(plan20.length);

    // Merge two points and split them again: the count follows.
    await page.getByRole("button", { name: "Merge 19 with 20" }).click();
    await expect(page.getByTestId("intake-point")).toHaveCount(plan20.length - 1);
    const merged = page.getByLabel("Text of point 19");
    await merged.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), (plan20.find((p) => p.number === 19)!.text ?? "").length + 1);
    await page.getByRole("button", { name: "Split 19 at the cursor" }).click();
    await expect(page.getByTestId("intake-point")).toHaveCount(plan20.length);
    await page.getByLabel(`Label of point ${plan20.length}`).fill("20");

    await page.getByRole("button", { name: "Propose an alignment" }).click();
    const rows = page.getByTestId("review-row");
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    // Least certain first: confidences never fall down the list.
    const confidences = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-confidence")))).filter((c) => c !== null).map(Number);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    // The army cap's change of number is flagged.
    await expect(page.getByText(/number 600,000 → 800,000/).first()).toBeVisible();

    // Keyboard: reject, accept, move.
    const first = rows.first();
    await first.focus();
    await page.keyboard.press("r");
    await expect(first).toHaveAttribute("data-accepted", "false");
    await page.keyboard.press("a");
    await expect(first).toHaveAttribute("data-accepted", "true");
    await page.keyboard.press("ArrowDown");
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press("r");
    await expect(rows.nth(1)).toHaveAttribute("data-accepted", "false");
    // Accept all above a confidence.
    await page.getByLabel("Confidence to accept at").fill("0");
    await page.getByRole("button", { name: "Accept", exact: true }).click();
    await expect(rows.nth(1)).toHaveAttribute("data-accepted", "true");
    // Re-target the new point 1 to the 28-point plan's point 1 by mouse (it already is: choosing it again keeps one row).
    await page.getByLabel("Earlier point for 1", { exact: true }).selectOption("1");
    await expect(page.getByLabel("Earlier point for 1", { exact: true })).toHaveValue("1");

    await page.locator("#field-name").fill("Framework (e2e intake)");
    await page.locator("#field-origin").fill("Uploaded in the e2e test");
    await page.locator("#field-summary").fill("The 20-point framework as uploaded.");
    await page.getByRole("button", { name: "Cite a source" }).click();
    await pickSource(page, 1);
    await page.getByRole("button", { name: "Save the draft, unpublished" }).click();

    await expect(page).toHaveURL(/\/admin\/drafts\/recheck\?draft=/, { timeout: 30_000 });
    await expect(page.getByRole("status").filter({ hasText: `Saved ${plan20.length} points and` })).toBeVisible();
    // What the change touches: reactions to the army cap, which the new draft changed.
    const army = seed["draft-points"].find((p) => p.draftId === "plan28" && p.number === 6)!;
    const armySection = page.getByRole("region", { name: new RegExp(`Point 6\\. ${army.title}`) });
    await expect(armySection.getByTestId("recheck-item").first()).toBeVisible();
    const draftId = new URL(page.url()).searchParams.get("draft")!;

    // Readers do not see it until it is published with its points and alignments.
    const analyst = await (await browser.newContext({ storageState: storageState("analyst") })).newPage();
    await analyst.goto(N(`/compare?a=plan28&b=${draftId}`));
    await expect(analyst.getByTestId("comparison-row")).toHaveCount(0);

    await page.getByRole("link", { name: /review and publish/ }).click();
    await page.getByRole("button", { name: "Publish with its points and alignments" }).click();
    await expect(page.getByText(/Status: published/)).toBeVisible();

    await analyst.goto(N(`/compare?a=plan28&b=${draftId}`));
    await expect(analyst.getByTestId("comparison-row").first()).toBeVisible();
    await expect(analyst.getByTestId("stale-reactions").first()).toBeVisible();
  });
});
