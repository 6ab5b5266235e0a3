import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server modules import "server-only" to stay out of client bundles; tests run on the server side.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["{lib,scripts,tests}/**/*.test.ts"],
    environment: "node",
    // Query results are cached per content version in the app; tests read the database directly
    // (lib/cache/versioned.test.ts covers the cache).
    env: { PARLEY_QUERY_CACHE: "off", PARLEY_LISTEN: "off" },
    globalSetup: ["tests/support/global-setup.ts"],
    // Database tests share one migrated template file; each test copies it.
    testTimeout: 60_000,
    // Most tests wait on a database or a child process rather than the CPU: two files at a
    // time on a two-core machine (the default would be one).
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});
