import "server-only";
// One headless Chromium per server process, launched on first use and replaced when it
// crashes; exports wait in a queue so at most MAX_CONCURRENT pages print at once.
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "@/lib/browser/chromium";
import { AppError } from "@/lib/http/errors";

export const MAX_CONCURRENT = 3;
export const MAX_QUEUED = 50;

type State = { browser?: Promise<Browser>; running: number; waiting: (() => void)[] };
const g = globalThis as unknown as { parleyPdf?: State };
const state: State = (g.parleyPdf ??= { running: 0, waiting: [] });

export class ChromiumMissingError extends AppError {
  constructor(detail: string) {
    super(503, "chromium_unavailable", `PDF export needs Chromium and it is not available (${detail}). Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}

export function getBrowser(): Promise<Browser> {
  if (!state.browser) {
    const executablePath = findChromium();
    if (!executablePath) throw new ChromiumMissingError(process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` : "/usr/bin/chromium is missing");
    const launching = chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 20_000 }).then((browser) => {
      browser.on("disconnected", () => {
        if (state.browser === launching) state.browser = undefined;
      });
      return browser;
    });
    launching.catch(() => {
      if (state.browser === launching) state.browser = undefined;
    });
    state.browser = launching;
  }
  return state.browser.catch((error: unknown) => {
    throw new ChromiumMissingError(`it failed to start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  });
}

/** Runs `job` when a printing slot is free (FIFO); refuses with 503 when too many are waiting. */
export async function withPrintSlot<T>(job: () => Promise<T>): Promise<T> {
  if (state.running >= MAX_CONCURRENT) {
    if (state.waiting.length >= MAX_QUEUED) throw new AppError(503, "busy", "Too many PDF exports are waiting: try again in a minute");
    await new Promise<void>((resolve) => state.waiting.push(resolve));
  } else {
    state.running++;
  }
  try {
    return await job();
  } finally {
    const next = state.waiting.shift();
    if (next) next();
    else state.running--;
  }
}

