import "server-only";
// Page numbers for a printed document's contents. Chromium cannot number pages in CSS
// (no target-counter()), so the document is printed once, the page of each heading is read
// from the PDF's outline (Chromium writes one from the headings of a tagged PDF), the numbers
// are written into the contents entries, and the document is printed again. The entries keep
// their width, so the numbers do not move anything to another page.
import type { Page } from "playwright-core";
import { CONTENTS_ATTRIBUTE } from "./contents-attribute";


type OutlineItem = { title: string; dest: string | unknown[] | null; items: OutlineItem[] };

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** Heading text → the first page (1-based) it starts on, from the PDF's outline. */
export async function headingPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const { getDocumentProxy } = await import("unpdf");
  const doc = await getDocumentProxy(new Uint8Array(pdf), { disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  try {
    const pages = new Map<string, number>();
    const visit = async (items: OutlineItem[]) => {
      for (const item of items) {
        const dest = typeof item.dest === "string" ? await doc.getDestination(item.dest) : item.dest;
        const ref = Array.isArray(dest) ? dest[0] : null;
        if (ref && typeof ref === "object") {
          const index = await doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0]);
          const title = normalise(item.title);
          if (!pages.has(title)) pages.set(title, index + 1);
        }
        await visit(item.items ?? []);
      }
    };
    await visit(((await doc.getOutline()) ?? []) as OutlineItem[]);
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Prints with page numbers in the contents: when the page has contents entries, prints twice
 * (see above); otherwise once.
 */
export async function printWithContents(page: Page, print: () => Promise<Buffer>): Promise<Buffer> {
  const first = await print();
  const headings = await page.$$eval(`[${CONTENTS_ATTRIBUTE}]`, (entries, attribute) => entries.map((e) => document.getElementById(e.getAttribute(attribute) ?? "")?.textContent ?? ""), CONTENTS_ATTRIBUTE);
  if (headings.length === 0) return first;
  const pages = await headingPages(first);
  const numbers = headings.map((h) => pages.get(normalise(h)) ?? null);
  await page.$$eval(
    `[${CONTENTS_ATTRIBUTE}]`,
    (entries, numbers) => entries.forEach((e, i) => (e.textContent = numbers[i] === null ? "" : String(numbers[i]))),
    numbers,
  );
  return print();
}
