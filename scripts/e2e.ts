// npm run test:e2e — Playwright in Debian's Chromium against `next start` on a fresh,
// migrated and seeded temporary SQLite database. Extra arguments go to Playwright.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { migrateDatabase, SetupError } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";
import { loadSeed } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read";
import { createE2eAccounts } from "../e2e/support/accounts";
import { isBuildCurrent, recordBuild } from "./lib/build";
import { ensureChromium, ensureDebianPackages } from "./lib/chromium";
import { runScript } from "./lib/cli";

export const E2E_DATABASE_URL = "file:./.e2e/parley-e2e.db";

await runScript(async () => {
  ensureChromium();
  // pdftotext, pdfinfo, pdfimages and pdftoppm read the exported PDFs back.
  ensureDebianPackages([{ name: "poppler-utils", provides: "/usr/bin/pdftotext" }]);

  const target = parseDatabaseUrl(E2E_DATABASE_URL);
  if (target.provider === "sqlite") for (const suffix of ["", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
  migrateDatabase(target);
  const db = createPrismaClient(target);
  try {
    await loadSeed(db, readSeedData());
    await createE2eAccounts(db);
  } finally {
    await db.$disconnect();
  }

  if (!isBuildCurrent()) {
    console.log("Building the app for e2e (next build)");
    const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
    if (build.status !== 0) throw new SetupError("next build failed");
    recordBuild();
  }

  const run = spawnSync(path.join("node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exitCode = run.status ?? 1;
});
