// e2e against `next start` (a finished `next build`) on a temporary database that
// scripts/e2e.ts migrates and seeds; Chromium is Debian's, never a downloaded build.
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM } from "./lib/browser/chromium";
import { E2E_PRINT_KEY } from "./e2e/support/print";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Signs the e2e server's session cookies; a fixed value is fine for a throwaway test database. */
const E2E_AUTH_SECRET = "e2e-only-secret-not-for-any-deployment-0000";
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./.e2e/parley-e2e.db";

export default defineConfig({
  testDir: "e2e",
  outputDir: ".e2e/test-results",
  timeout: 30_000,
  retries: 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: ".e2e/results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // Specs run signed in as an analyst unless they switch role (test.use({ storageState })).
    {
      name: "chromium",
      testIgnore: /\.edit\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], storageState: ".e2e/state/analyst.json" },
      dependencies: ["setup"],
    },
    // Specs that change data run last, so the read-only specs see the seed as it is.
    { name: "editing", testMatch: /\.edit\.spec\.ts$/, use: { ...devices["Desktop Chrome"], storageState: ".e2e/state/analyst.json" }, dependencies: ["chromium"] },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    // A fixed print key lets specs fetch print pages themselves (e2e/support/print.ts).
    env: { DATABASE_URL, BETTER_AUTH_SECRET: E2E_AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1", PARLEY_PRINT_KEY: E2E_PRINT_KEY },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
