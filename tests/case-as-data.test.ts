// The case is data: no negotiation's names live in the app's code. The names come from the seed
// itself — every negotiation's title and slug, its actors, territories, drafts and metrics, by
// id and by name — plus the case-shaped identifiers the code once had; a new seed record is
// checked without anyone adding it here. Seed data, migrations (historic SQL) and tests (which
// check the seed) may name them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KINDS } from "@/lib/records";
import { readSeedData } from "@/lib/seed/read";

const ROOTS = ["app", "components", "lib", "scripts", "e2e/support"];
const SKIP = [
  /^lib\/generated\//,
  /\.test\.tsx?$/,
  /\.spec\.ts$/,
  // The alignment engine's own test texts and benchmark corpus.
  /^lib\/drafts\/align\/(testdata|corpus)\//,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx|mjs|js|css)$/.test(name) ? [full] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The seed's own names: long enough to be a name, not a common word. */
function seedTerms(): string[] {
  const seed = readSeedData();
  const terms = new Set<string>();
  // A seed id that is also a kind's name (the metric "draft-points") is the code's word, not the case's.
  const add = (v: unknown) => typeof v === "string" && v.length >= 5 && !(v in KINDS) && terms.add(v);
  for (const n of seed.negotiations) [n.id, n.slug, n.title].forEach(add);
  for (const a of seed.actors) [a.id, a.name].forEach(add);
  for (const d of seed.drafts) [d.id, d.name].forEach(add);
  for (const m of seed.metrics) [m.id, m.name].forEach(add);
  for (const t of seed.territories as Record<string, unknown>[]) {
    [t.id, t.code].forEach(add);
    if (t.names && typeof t.names === "object") Object.values(t.names).forEach(add);
  }
  return [...terms];
}

/** Identifiers shaped after the first case that the code had before negotiations were data. */
const CASE_SHAPED = [/\bUA-\d/, /\bnameUk\b/, /russianControl/i, /ukrainian_/i, /remains_ukrainian/, /ukraine-admin1/, /Russian control/i, /\boblasts?\b/i];

describe("the case is data", () => {
  const terms = seedTerms();
  const patterns = [...terms.map((t) => new RegExp(`(?<![\\w-])${escape(t)}(?![\\w-])`)), ...CASE_SHAPED];
  const sources = ROOTS.flatMap(files).filter((f) => !SKIP.some((s) => s.test(f.split(path.sep).join("/"))));

  it("reads the seed's names and the app's sources", () => {
    expect(terms.length).toBeGreaterThan(50);
    expect(sources.length).toBeGreaterThan(100);
  });

  it("no negotiation's names appear in the app's code", () => {
    const hits: string[] = [];
    for (const file of sources) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const found = patterns.find((p) => p.test(line));
          if (found) hits.push(`${file}:${i + 1} ${found.source.replace(/^\(\?<!\[\\w-\]\)|\(\?!\[\\w-\]\)$/g, "")}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
