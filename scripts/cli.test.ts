// The command-line scripts, run as a user runs them: bad input stops with one clear line and
// leaves the database as it was.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEED_DIR } from "@/lib/seed/read";

const tsx = path.join("node_modules", ".bin", "tsx");
function run(script: string, env: Record<string, string>, args: string[] = [], input?: string) {
  const result = spawnSync(tsx, [path.join("scripts", script), ...args], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000, input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe("scripts", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "parley-cli-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("start refuses a malformed DATABASE_URL in one line, before touching anything", () => {
    const { status, stdout, stderr } = run("start.ts", { DATABASE_URL: "mysql://root@localhost/parley" });
    expect(status).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^parley: DATABASE_URL .* is not supported/);
    expect(stdout).toContain("[1/6] Checking configuration");
    expect(stdout).not.toContain("[2/6]");
  });

  it("start refuses an invalid PORT in one line naming it", () => {
    const { status, stderr } = run("start.ts", { PORT: "eighty", DATABASE_URL: `file:${path.join(dir, "p.db")}` });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^parley: PORT is invalid/);
    expect(existsSync(path.join(dir, "p.db"))).toBe(false);
  });

  it("a data directory that cannot be created is named in one line", () => {
    const blocker = path.join(dir, "not-a-directory");
    writeFileSync(blocker, "");
    const { status, stderr } = run("db-migrate.ts", { DATABASE_URL: `file:${path.join(blocker, "parley.db")}` });
    expect(status).toBe(1);
    expect(stderr).toBe(`parley: the data directory ${blocker} cannot be created or is not writable (set DATABASE_URL to a writable location)`);
  });

  it("a seed file that fails validation stops the seed with one line and writes nothing", () => {
    const seedDir = path.join(dir, "seed");
    cpSync(SEED_DIR, seedDir, { recursive: true });
    const file = path.join(seedDir, "actors.json");
    const actors = JSON.parse(readFileSync(file, "utf8"));
    actors[1].bloc = "";
    writeFileSync(file, JSON.stringify(actors));
    const database = path.join(dir, "parley.db");

    const { status, stderr } = run("db-seed.ts", { DATABASE_URL: `file:${database}`, PARLEY_SEED_DIR: seedDir });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^parley: actors\.json \S+ at bloc: /);
    expect(stderr.split("\n")).toHaveLength(1);
    // Validation runs before the database is even created.
    expect(existsSync(database)).toBe(false);
  });

  it("seeding twice reports that nothing changed the second time", () => {
    const env = { DATABASE_URL: `file:${path.join(dir, "parley.db")}` };
    expect(run("db-seed.ts", env).stdout).toMatch(/^seeded: /);
    expect(run("db-seed.ts", env).stdout.trim()).toBe("seed: nothing missing, nothing changed");
    const sqlite = new Database(path.join(dir, "parley.db"), { readonly: true });
    try {
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      sqlite.close();
    }
  });

  it("db:copy refuses to copy onto a database that already holds data", () => {
    const a = `file:${path.join(dir, "a.db")}`;
    const b = `file:${path.join(dir, "b.db")}`;
    run("db-seed.ts", { DATABASE_URL: a });
    run("db-seed.ts", { DATABASE_URL: b });
    const { status, stderr } = run("db-copy.ts", {}, ["--from", a, "--to", b]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^parley: the target database already holds \d+ rows; pass --replace/);
  });

  describe("users CLI", () => {
    const users = (env: Record<string, string>, args: string[], input?: string) => run("users.ts", env, args, input);

    it("adds accounts with a password piped on standard input, lists them, changes roles and passwords", () => {
      const env = { DATABASE_URL: `file:${path.join(dir, "parley.db")}` };
      run("db-migrate.ts", env);
      const added = users(env, ["add", "--email", "Editor@Example.org", "--role", "editor"], "a long enough password\n");
      expect(added.stderr).toBe("");
      expect(added.stdout.trim()).toBe("added editor@example.org (editor)");
      expect(users(env, ["set-role", "--email", "editor@example.org", "--role", "admin"]).stdout.trim()).toBe("editor@example.org is now admin");
      expect(users(env, ["list"]).stdout).toMatch(/^editor@example\.org\tadmin\tactive\t/m);
      const reset = users(env, ["reset-password", "--email", "editor@example.org"], "another long password\n");
      expect(reset.stdout).toMatch(/password of editor@example\.org changed/);

      const sqlite = new Database(path.join(dir, "parley.db"), { readonly: true });
      try {
        const { password } = sqlite.prepare("SELECT password FROM account").get() as { password: string };
        expect(password).not.toContain("another");
      } finally {
        sqlite.close();
      }
    });

    it("set-role ends the person's sessions, keeps the last admin, and is in the audit log", () => {
      const file = path.join(dir, "parley.db");
      const env = { DATABASE_URL: `file:${file}` };
      run("db-migrate.ts", env);
      users(env, ["add", "--email", "boss@example.org", "--role", "admin"], "a long enough password\n");
      users(env, ["add", "--email", "ana@example.org", "--role", "editor"], "a long enough password\n");
      // A signed-in session of Ana's, as better-auth stores it.
      const db = new Database(file);
      try {
        const ana = db.prepare("SELECT id FROM user WHERE email = 'ana@example.org'").get() as { id: string };
        db.prepare("INSERT INTO session (id, expiresAt, token, createdAt, updatedAt, userId) VALUES ('s1', ?, 't1', ?, ?, ?)").run(Date.now() + 86_400_000, Date.now(), Date.now(), ana.id);
      } finally {
        db.close();
      }
      expect(users(env, ["set-role", "--email", "ana@example.org", "--role", "analyst"]).stdout.trim()).toBe("ana@example.org is now analyst");
      const demote = users(env, ["set-role", "--email", "boss@example.org", "--role", "editor"]);
      expect(demote.status).toBe(1);
      expect(demote.stderr).toBe("parley: Parley needs at least one active admin");

      const check = new Database(file, { readonly: true });
      try {
        expect((check.prepare("SELECT count(*) AS n FROM session").get() as { n: number }).n).toBe(0);
        expect((check.prepare("SELECT role FROM user WHERE email = 'boss@example.org'").get() as { role: string }).role).toBe("admin");
        const actions = (check.prepare("SELECT action, title FROM Revision WHERE entityType = 'users' ORDER BY createdAt").all() as { action: string; title: string }[]).map((r) => `${r.title}: ${r.action}`);
        expect(actions).toEqual(["boss@example.org: create (admin)", "ana@example.org: create (editor)", "ana@example.org: role: editor → analyst"]);
      } finally {
        check.close();
      }
    });

    it("never takes a password as an argument, and names what is wrong in one line", () => {
      const env = { DATABASE_URL: `file:${path.join(dir, "parley.db")}` };
      run("db-migrate.ts", env);
      const argument = users(env, ["add", "--email", "a@example.org", "--role", "analyst", "--password", "in-shell-history"]);
      expect(argument.status).toBe(1);
      expect(argument.stderr).toMatch(/^parley: passwords are never taken as arguments/);

      const short = users(env, ["add", "--email", "a@example.org", "--role", "analyst"], "short\n");
      expect(short.status).toBe(1);
      expect(short.stderr).toMatch(/^parley: password: Use at least 12 characters/);

      const role = users(env, ["add", "--email", "a@example.org", "--role", "owner"], "a long enough password\n");
      expect(role.stderr).toMatch(/^parley: --role must be one of: admin, editor, analyst/);

      users(env, ["add", "--email", "a@example.org", "--role", "analyst"], "a long enough password\n");
      const duplicate = users(env, ["add", "--email", "a@example.org", "--role", "analyst"], "a long enough password\n");
      expect(duplicate.stderr).toBe("parley: An account for a@example.org already exists");
      expect(users(env, ["list"]).stdout.trim().split("\n")).toHaveLength(1);
    });
  });
});
