// npm test — the whole suite, as CI runs it: type-check, lint, unit and integration tests
// (Vitest, real SQLite; PostgreSQL when TEST_POSTGRES_URL is set), next build, and the e2e
// suite in Chromium. Stops at the first failing stage; ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { recordBuild } from "./lib/build";

const bin = (name: string) => path.join("node_modules", ".bin", name);
const RESULTS = ".e2e";
mkdirSync(RESULTS, { recursive: true });
for (const file of ["vitest.json", "results.json"]) rmSync(path.join(RESULTS, file), { force: true });

type Stage = { name: string; command: string; args: string[]; after?: () => void };
const stages: Stage[] = [
  { name: "Type-check (tsc --noEmit)", command: bin("tsc"), args: ["--noEmit"] },
  { name: "Lint (eslint)", command: bin("eslint"), args: [".", "--max-warnings=0"] },
  {
    name: "Unit and integration tests (vitest)",
    command: bin("vitest"),
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/vitest.json`],
  },
  { name: "Production build (next build)", command: bin("next"), args: ["build"], after: recordBuild },
  { name: "End-to-end tests (Playwright, Chromium)", command: bin("tsx"), args: [path.join("scripts", "e2e.ts")] },
];

function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const vitestFile = path.join(RESULTS, "vitest.json");
  if (existsSync(vitestFile)) {
    const v = JSON.parse(readFileSync(vitestFile, "utf8"));
    total.passed += v.numPassedTests ?? 0;
    total.failed += v.numFailedTests ?? 0;
    total.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  const e2eFile = path.join(RESULTS, "results.json");
  if (existsSync(e2eFile)) {
    const s = JSON.parse(readFileSync(e2eFile, "utf8")).stats ?? {};
    total.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    total.failed += s.unexpected ?? 0;
    total.skipped += s.skipped ?? 0;
  }
  return total;
}

const started = Date.now();
let failedStage: string | null = null;
for (const [i, stage] of stages.entries()) {
  console.log(`\n[${i + 1}/${stages.length}] ${stage.name}`);
  const run = spawnSync(stage.command, stage.args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) {
    failedStage = stage.name;
    break;
  }
  stage.after?.();
}

const { passed, failed, skipped } = counts();
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${failedStage ? `FAILED at: ${failedStage}` : "All stages passed"} (${seconds} s)`);
console.log(`tests: ${passed} passed, ${failed + (failedStage && failed === 0 ? 1 : 0)} failed, ${skipped} skipped`);
process.exit(failedStage ? 1 : 0);
