// The one Chromium the project drives (e2e tests, PDF export): Debian's package, never a
// downloaded browser build.
import { existsSync } from "node:fs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Headless flags. Without the background-networking ones Chromium keeps trying to reach
 * Google's services, which on a closed network means a flood of refused connections.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH when set, else Debian's /usr/bin/chromium; null when neither exists. */
export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) return existsSync(configured) ? configured : null;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}
