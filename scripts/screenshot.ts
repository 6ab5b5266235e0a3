// Developer aid: screenshots of pages in Debian's Chromium, to look at what readers see.
// npx tsx scripts/screenshot.ts <url> <out.png> [--dark] [--width 1280] [--full] [--click selector]
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "@/lib/browser/chromium";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dark: { type: "boolean" }, width: { type: "string", default: "1280" }, full: { type: "boolean" }, click: { type: "string" } },
});
const [url, out] = positionals;
if (!url || !out) throw new Error("usage: screenshot <url> <out.png> [--dark] [--width N] [--full] [--click selector]");
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: 900 }, colorScheme: values.dark ? "dark" : "light" });
  await page.goto(url, { waitUntil: "load" });
  if (values.click) {
    await page.click(values.click);
    await page.waitForTimeout(500);
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: out, fullPage: !!values.full });
} finally {
  await browser.close();
}
