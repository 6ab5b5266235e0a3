// npm run export -- [--negotiation <slug>] [--briefing <slug>] [--out file.pdf] [--paper A4|Letter] [--sections cards,sources,…] [--marking TEXT]
// Prints a briefing (by default the latest published one) to PDF from the shell, for scheduled
// jobs: starts Parley on a free loopback port with a one-time key, asks it for the export through
// the same API the Export button uses, writes the file, stops the server.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { findChromium } from "@/lib/browser/chromium";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { SetupError } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";
import { BRIEFING_SECTIONS, PAPER_SIZES } from "@/lib/pdf/options";
import { isBuildCurrent, recordBuild } from "./lib/build";
import { runScript, steps, UsageError } from "./lib/cli";
import { freePort } from "./lib/ports";

const USAGE = `usage: npm run export -- [--negotiation <slug>] [--briefing <slug>] [--out file.pdf] [--paper ${PAPER_SIZES.join("|")}] [--sections ${BRIEFING_SECTIONS.join(",")}] [--marking TEXT]`;

await runScript(async () => {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: { negotiation: { type: "string" }, briefing: { type: "string" }, out: { type: "string" }, paper: { type: "string" }, sections: { type: "string" }, marking: { type: "string" } },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const step = steps(4);
  step("Checking configuration");
  parseDatabaseUrl();
  if (!findChromium()) throw new SetupError("PDF export needs Chromium: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH");
  const body = {
    kind: "briefing",
    ...(values.negotiation ? { negotiation: values.negotiation } : {}),
    ...(values.briefing ? { slug: values.briefing } : {}),
    ...(values.paper ? { paper: values.paper } : {}),
    ...(values.sections ? { sections: values.sections.split(",").map((s) => s.trim()) } : {}),
    ...(values.marking ? { marking: values.marking } : {}),
  };

  if (isBuildCurrent()) step("Build is up to date");
  else {
    step("Building the app (about a minute)");
    const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new SetupError(`next build failed:\n${build.stdout}${build.stderr}`);
    recordBuild();
  }

  step("Starting a private Parley server on the loopback interface");
  const port = await freePort();
  const key = randomBytes(32).toString("base64url");
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, PORT: String(port), PARLEY_CLI_EXPORT_KEY: key, BETTER_AUTH_SECRET: resolveAuthSecret().secret, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new SetupError("the server stopped while starting (see above)");
      if (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)) break;
      if (i > 120) throw new SetupError("the server did not start within a minute");
      await new Promise((r) => setTimeout(r, 500));
    }
    step(`Printing ${values.briefing ? `briefing "${values.briefing}"` : "the latest published briefing"}`);
    const started = Date.now();
    const response = await fetch(`${origin}/api/export`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
    if (!response.ok) {
      const error = (await response.json().catch(() => null))?.error;
      const fields = Object.values((error?.fields ?? {}) as Record<string, string[]>).flat();
      throw new UsageError(fields.length ? fields.join("; ") : (error?.message ?? `the export failed (${response.status})`));
    }
    const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "parley.pdf";
    const out = values.out ?? filename;
    const pdf = Buffer.from(await response.arrayBuffer());
    writeFileSync(out, pdf);
    console.log(`wrote ${out} (${Math.round(pdf.length / 1024)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    server.kill("SIGTERM");
  }
});
