import "server-only";
// Prints a print route to PDF in the shared headless Chromium: the route's HTML is complete as
// served (charts and map are SVG drawn on the server), so it waits only for the fonts, then lets
// Chromium lay out pages from the route's print CSS (@page sizes, landscape pages for wide
// tables) with the marking, page numbers and generation time in the margins.
import { AppError } from "@/lib/http/errors";
import { getBrowser, withPrintSlot } from "./browser";
import { printWithContents } from "./contents";
import type { PaperSize } from "./options";

export const EXPORT_TIMEOUT_MS = 60_000;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export type PrintJob = { url: string; paper: PaperSize; marking: string; generatedAt?: Date };

function templates(marking: string, generatedAt: Date) {
  const base = "font-family: sans-serif; font-size: 8px; width: 100%; padding: 0 12mm; color: #334155;";
  const mark = `<span style="font-weight: 700; letter-spacing: 0.08em; color: #9f1239;">${escapeHtml(marking)}</span>`;
  return {
    headerTemplate: `<div style="${base} text-align: center;">${mark}</div>`,
    footerTemplate: `<div style="${base} display: flex; justify-content: space-between;"><span>Generated ${stamp.format(generatedAt)} UTC</span>${mark}<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}

async function printOnce({ url, paper, marking, generatedAt = new Date() }: PrintJob): Promise<Buffer> {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 1600 } });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "load", timeout: EXPORT_TIMEOUT_MS });
    if (!response || !response.ok()) throw new AppError(502, "print_failed", `The print page answered ${response?.status() ?? "nothing"}`);
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => document.fonts.ready);
    const { headerTemplate, footerTemplate } = templates(marking, generatedAt);
    return await printWithContents(page, () => page.pdf({
      format: paper,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate,
      footerTemplate,
      margin: { top: "16mm", bottom: "16mm", left: "12mm", right: "12mm" },
      outline: true,
      tagged: true,
    }));
  } finally {
    await context.close().catch(() => undefined);
  }
}

const crashed = (error: unknown) => error instanceof Error && /Target (page, context or browser )?(has been )?closed|Browser has been closed|crashed/i.test(error.message);

/** One export: queued, timed out after EXPORT_TIMEOUT_MS, retried once on a fresh browser if Chromium crashed. */
export function printToPdf(job: PrintJob): Promise<Buffer> {
  return withPrintSlot(async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError(504, "timeout", `The PDF took longer than ${EXPORT_TIMEOUT_MS / 1000} s to print; try fewer sections`)), EXPORT_TIMEOUT_MS);
    });
    try {
      return await Promise.race([printOnce(job).catch((error: unknown) => (crashed(error) ? printOnce(job) : Promise.reject(error))), timeout]);
    } finally {
      clearTimeout(timer);
    }
  });
}
