// The PDF part of npm run bench, side by side in one run:
//  - warm export of the seeded briefing (POST /api/export) against the same Chromium printing
//    the same page saved as static HTML (its DOM once loaded, scripts removed);
//  - cold export: a fresh server's first export, browser launch included;
//  - 10 concurrent exports: all must succeed; total time and peak memory of server + browser.
import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "@/lib/browser/chromium";
import { SetupError } from "@/lib/db/prepare";
import { printAddress, signWithKey } from "@/lib/pdf/print-token";
import { BRIEFING_SECTIONS } from "@/lib/pdf/options";

const PRINT_KEY = "bench-print-key-not-for-deployments";
const STATIC_FILE = path.join("public", "bench-print.html");

type Start = (port: number, env: Record<string, string>) => Promise<ChildProcess>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Memory (MiB) of a process and all its descendants (the server and its Chromium processes), as
 * proportional set size: shared pages are split between the processes sharing them, so the sum
 * is what the group really occupies (plain RSS would count Chromium's shared libraries once per
 * process).
 */
function treePssMiB(rootPid: number): number {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let kib = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      kib += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return kib / 1024;
}

export async function benchPdf(start: Start, cookie: () => Promise<string>, negotiation: string, slug: string): Promise<string[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new SetupError("the PDF benchmark needs Chromium (apt-get install chromium)");
  const port = 3303;
  const origin = `http://127.0.0.1:${port}`;
  const body = JSON.stringify({ kind: "briefing", negotiation, slug, paper: "A4", sections: [...BRIEFING_SECTIONS] });

  const lines: string[] = [];
  // Cold: a fresh server, its first export launches the browser.
  const server = await start(port, { PARLEY_PRINT_KEY: PRINT_KEY, PORT: String(port) });
  try {
    const session = await cookie();
    const exportOnce = async () => {
      const t = performance.now();
      const response = await fetch(`${origin}/api/export`, { method: "POST", headers: { "content-type": "application/json", origin, cookie: session }, body });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new SetupError(`export failed: ${response.status}`);
      return { ms: performance.now() - t, bytes };
    };
    const cold = await exportOnce();

    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await exportOnce()).ms);

    // The same page as static HTML: render the print route once, keep its DOM without scripts.
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const address = printAddress(`/n/${negotiation}/print/briefings/${slug}`, { paper: "A4", sections: BRIEFING_SECTIONS.join(",") });
      const page = await browser.newPage();
      await page.goto(`${origin}${address}&token=${encodeURIComponent(signWithKey(PRINT_KEY, address))}`, { waitUntil: "networkidle" });
      const html = await page.evaluate(() => {
        document.querySelectorAll("script").forEach((s) => s.remove());
        return `<!doctype html>${document.documentElement.outerHTML}`;
      });
      await page.close();
      mkdirSync(path.dirname(STATIC_FILE), { recursive: true });
      writeFileSync(STATIC_FILE, html);
      const staticTimes: number[] = [];
      for (let i = 0; i < 6; i++) {
        const context = await browser.newContext();
        const p = await context.newPage();
        const t = performance.now();
        await p.goto(`${origin}/bench-print.html`, { waitUntil: "load" });
        await p.emulateMedia({ media: "print" });
        await p.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, margin: { top: "16mm", bottom: "16mm", left: "12mm", right: "12mm" } });
        if (i > 0) staticTimes.push(performance.now() - t); // the first warms this browser
        await context.close();
      }
      const ratio = median(warm) / median(staticTimes);
      lines.push(
        `| warm export of "${slug}" (median of 5) | ${seconds(median(warm))} |`,
        `| same Chromium printing the same page saved as static HTML (median of 5) | ${seconds(median(staticTimes))} |`,
        `| **ratio warm export ÷ static print** (target ≤ 1.5×) | **${ratio.toFixed(2)}×** |`,
        `| cold export, browser launch included (target < 5 s) | ${seconds(cold.ms)} (${Math.round(cold.bytes / 1024)} KiB PDF) |`,
      );
    } finally {
      await browser.close();
      rmSync(STATIC_FILE, { force: true });
    }

    // Ten at once: queued by the server (3 printing at a time), all must succeed.
    let peak = treePssMiB(server.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, treePssMiB(server.pid!))), 100);
    const t = performance.now();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => exportOnce()));
    const total = performance.now() - t;
    clearInterval(sampler);
    const ok = results.filter((r) => r.status === "fulfilled").length;
    lines.push(
      `| 10 concurrent exports: succeeded | ${ok} of 10 |`,
      `| 10 concurrent exports: total time | ${seconds(total)} |`,
      `| peak memory (PSS), server + Chromium (target < 1.5 GB) | ${Math.round(peak)} MiB |`,
    );
  } finally {
    server.kill();
    await new Promise((r) => setTimeout(r, 500));
  }
  return lines;
}
