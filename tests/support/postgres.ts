// Which PostgreSQL server the tests may use. TEST_POSTGRES_URL selects it; without one the
// PostgreSQL tests are skipped with the reason, except in CI, where a missing server fails.
import { describe, it } from "vitest";

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;
const IN_CI = process.env.CI === "true";

const SKIP_REASON = "skipped: TEST_POSTGRES_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/postgres)";
const MISSING_IN_CI = `CI=true requires PostgreSQL, but ${SKIP_REASON}`;

/** `it` for a test that needs PostgreSQL: skipped with the reason locally, run (and failing) in CI. */
export const itWithPostgres = (name: string, fn: (url: string) => unknown | Promise<unknown>) =>
  (TEST_POSTGRES_URL || IN_CI ? it : it.skip)(TEST_POSTGRES_URL ? name : `${name} (${SKIP_REASON})`, () => {
    if (!TEST_POSTGRES_URL) throw new Error(MISSING_IN_CI);
    return fn(TEST_POSTGRES_URL);
  });

/** Declares the same tests once per database provider: SQLite always, PostgreSQL as above. */
export function describeForEachDatabase(name: string, fn: (provider: "sqlite" | "postgresql") => void) {
  describe(`${name} [SQLite]`, () => fn("sqlite"));
  if (TEST_POSTGRES_URL) describe(`${name} [PostgreSQL]`, () => fn("postgresql"));
  else if (IN_CI) describe(`${name} [PostgreSQL]`, () => it("reaches the PostgreSQL server", () => { throw new Error(MISSING_IN_CI); }));
  else describe.skip(`${name} [PostgreSQL] (${SKIP_REASON})`, () => fn("postgresql"));
}
