// `npm run align` as a user runs it: two files in, one JSON object or a table out; bad input
// stops with one line on standard error naming the file, and exit code 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/support/db";

const tsx = path.join("node_modules", ".bin", "tsx");
const run = (...args: string[]) => {
  const r = spawnSync(tsx, [path.join("scripts", "align.ts"), ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
};

describe("npm run align", () => {
  let dir: string;
  const file = (name: string, text: string | Buffer) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "parley-align-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints exactly one JSON object in the contract's shape", () => {
    const a = file("a.md", "# Plan\n1. NATO shall not deploy troops in Ukraine.\n2. Elections are held within 100 days.\n3. Prisoners are exchanged all for all.");
    const b = file("b.txt", "1. Elections are held within 60 days.\n2. The Alliance should not deploy troops in Ukraine.\n3. A water commission meets every quarter.");
    const parties = file("parties.json", JSON.stringify([{ id: "nato", names: ["NATO", "the Alliance"] }]));
    const { status, stdout, stderr } = run(a, b, "--json", "--parties", parties);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.base.points).toHaveLength(3);
    expect(out.dropped).toEqual(["3"]);
    expect(out.added).toEqual(["3"]);
    const nato = out.links.find((l: { base: string[] }) => l.base[0] === "1");
    expect(nato.candidate).toEqual(["2"]);
    expect(nato.flags).toEqual([{ kind: "modal", from: "shall", to: "should" }]);
    const elections = out.links.find((l: { base: string[] }) => l.base[0] === "2");
    expect(elections.flags.map((f: { kind: string }) => f.kind).sort()).toEqual(["deadline", "number"]);
  });

  it("prints a table without --json", () => {
    const a = file("t1.txt", "1. The parties cease fire.\n2. Prisoners are exchanged.");
    const b = file("t2.txt", "1. Prisoners are exchanged.\n2. The parties cease fire.");
    const { status, stdout } = run(a, b);
    expect(status).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^kind\s+conf\s+base\s+candidate\s+flags/);
    expect(stdout).toMatch(/unchanged/);
  });

  it("refuses bad input in one line naming the file", () => {
    const good = file("g.txt", "1. One thing.\n2. Another thing.");
    const empty = file("empty.txt", "");
    const r1 = run(good, empty);
    expect(r1.status).toBe(1);
    expect(r1.stderr.split("\n")).toHaveLength(1);
    expect(r1.stderr).toMatch(/^parley: empty\.txt is empty/);
    const r2 = run(good, path.join(dir, "missing.txt"));
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/missing\.txt cannot be read/);
    const dup = file("dup.txt", "1. One.\n1. One again.");
    expect(run(good, dup).stderr).toMatch(/^parley: .*dup\.txt: point "1" appears more than once/);
    const bin = file("bin.txt", Buffer.from([0, 1, 2, 3, 0, 255]));
    expect(run(good, bin).stderr).toMatch(/^parley: bin\.txt is a binary file/);
    const r3 = run(good);
    expect(r3.status).toBe(1);
    expect(r3.stderr).toMatch(/^parley: expected two files/);
    expect(run(good, good, "--min-confidence", "2").stderr).toMatch(/--min-confidence needs a number from 0 to 1/);
  });
});

describe("npm run align -- --from --to (drafts in the database)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite", { seeded: true });
  });
  afterAll(async () => t.cleanup());
  const runStored = (...args: string[]) => {
    const r = spawnSync(tsx, [path.join("scripts", "align.ts"), ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, DATABASE_URL: t.url } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
  };

  it("aligns two stored drafts named by id and by name, in the contract's shape", () => {
    const { status, stdout, stderr } = runStored("--from", "28-point plan", "--to", "plan20", "--json");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.base.points).toHaveLength(28);
    expect(out.candidate.points).toHaveLength(20);
    const seen = [...out.links.flatMap((l: { base: string[] }) => l.base), ...out.dropped];
    expect(seen.sort()).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)).sort());
  });

  it("asks for the id when two negotiations' drafts share a name", () => {
    const { status, stderr } = runStored("--from", "plan28", "--to", "20-point plan");
    expect(status).toBe(1);
    expect(stderr).toMatch(/2 drafts are named "20-point plan": give its id \(.*plan20.*\)/);
  });

  it("names the drafts there are when one is unknown, in one line", () => {
    const { status, stderr } = runStored("--from", "plan28", "--to", "no-such-draft");
    expect(status).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/no draft "no-such-draft"; the drafts are: .*plan28/);
  });

  it("refuses --from without --to", () => {
    const { status, stderr } = runStored("--from", "plan28");
    expect(status).toBe(1);
    expect(stderr).toMatch(/give both --from and --to/);
  });
});
