// For the PDF commands (npm run export, npm run digest): builds the app when the build is not
// current, starts Parley on a free loopback port with a one-time key, lets the command ask the
// export API for its PDF through the same route the Export button uses, and stops the server.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { SetupError } from "@/lib/db/prepare";
import { isBuildCurrent, recordBuild } from "./build";
import { UsageError } from "./cli";
import { freePort } from "./ports";

/** Asks for one PDF and writes it to `out` (by default the name the server gives). */
export type RequestPdf = (body: Record<string, unknown>, out?: string) => Promise<void>;

export async function withPrivateServer(step: (what: string) => void, work: (requestPdf: RequestPdf) => Promise<void>): Promise<void> {
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
    await work(async (body, out) => {
      const started = Date.now();
      const response = await fetch(`${origin}/api/export`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
      if (!response.ok) {
        const error = (await response.json().catch(() => null))?.error;
        const fields = Object.values((error?.fields ?? {}) as Record<string, string[]>).flat();
        throw new UsageError(fields.length ? fields.join("; ") : (error?.message ?? `the export failed (${response.status})`));
      }
      const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "parley.pdf";
      const file = out ?? filename;
      const pdf = Buffer.from(await response.arrayBuffer());
      writeFileSync(file, pdf);
      console.log(`wrote ${file} (${Math.round(pdf.length / 1024)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    });
  } finally {
    server.kill("SIGTERM");
  }
}
