// Makes sure the system tools the tests drive are present. As root on Debian it installs
// Debian's packages; otherwise it stops with one line saying what to install.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { DEBIAN_CHROMIUM, findChromium } from "@/lib/browser/chromium";
import { SetupError } from "@/lib/db/prepare";

/** Debian packages the project needs, installed with apt-get when running as root on Debian. */
export function ensureDebianPackages(packages: { name: string; provides: string }[]): void {
  const missing = packages.filter((p) => !existsSync(p.provides));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.name).join(" ");
  const canInstall = process.getuid?.() === 0 && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
  if (!canInstall) throw new SetupError(`missing ${names}: install Debian's package(s) with: sudo apt-get install -y ${names}`);
  console.log(`Installing Debian package(s): ${names}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", ...missing.map((p) => p.name)]]) {
    const run = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env });
    if (run.status !== 0) throw new SetupError(`apt-get ${args[0]} failed: install ${names} by hand`);
  }
}

export function ensureChromium(): string {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured && !existsSync(configured)) throw new SetupError(`CHROMIUM_PATH=${configured} does not exist`);
  if (!configured) ensureDebianPackages([{ name: "chromium", provides: DEBIAN_CHROMIUM }]);
  const found = findChromium();
  if (!found) throw new SetupError("Chromium not found: install Debian's chromium package or set CHROMIUM_PATH");
  return found;
}
