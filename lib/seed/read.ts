// Reads and checks the seed files before anything touches the database: each file against
// its zod schema, then every cross-reference, so a bad file stops the seed with a clear line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SEED_FILES, type SeedData, type SeedFileName } from "./schema";

/** The committed seed files; PARLEY_SEED_DIR points elsewhere (tests of bad seed files). */
export const SEED_DIR = process.env.PARLEY_SEED_DIR ?? path.join(process.cwd(), "prisma", "seed-data");

export class SeedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems[0]} (and ${problems.length - 1} more problems)`);
    this.name = "SeedDataError";
  }
}

function formatIssue(file: string, issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join(".") : "(root)";
  return `${file}.json at ${where}: ${issue.message}`;
}

export function readSeedData(dir = SEED_DIR): SeedData {
  const data = {} as Record<SeedFileName, unknown>;
  for (const name of Object.keys(SEED_FILES) as SeedFileName[]) {
    const file = path.join(dir, `${name}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new SeedDataError([`${name}.json cannot be read: ${(error as Error).message}`]);
    }
    const parsed = SEED_FILES[name].safeParse(raw);
    if (!parsed.success) throw new SeedDataError(parsed.error.issues.map((issue) => formatIssue(name, issue)));
    data[name] = parsed.data;
  }
  const seed = data as SeedData;
  checkReferences(seed);
  return seed;
}

/** Every id a record points at must exist, and ids must be unique within their table. */
export function checkReferences(seed: SeedData): void {
  const problems: string[] = [];
  const index = (file: string, ids: string[]) => {
    const set = new Set<string>();
    for (const id of ids) {
      if (set.has(id)) problems.push(`${file}.json: duplicate id "${id}"`);
      set.add(id);
    }
    return set;
  };
  const sources = index("sources", seed.sources.map((s) => s.id));
  const actors = index("actors", seed.actors.map((a) => a.id));
  const issues = index("issues", seed.issues.map((i) => i.id));
  const drafts = index("drafts", seed.drafts.map((d) => d.id));
  const points = index("drafts (points)", seed.drafts.flatMap((d) => d.points.map((p) => p.id)));
  const territories = index("territories", seed.territories.map((t) => t.code));
  const cards = index("cards", seed.cards.map((c) => c.id));
  index("positions", seed.positions.map((p) => p.id));
  index("alignments", seed.alignments.map((a) => a.id));
  index("point-reactions", seed["point-reactions"].map((r) => r.id));
  index("territories (claims)", seed.territories.flatMap((t) => t.claims.map((c) => c.id)));
  index("briefings", seed.briefings.map((b) => b.id));
  index("briefings (slugs)", seed.briefings.map((b) => b.slug));
  index("metrics", seed.metrics.map((m) => m.id));
  index("metrics (values)", seed.metrics.flatMap((m) => m.values.map((v) => v.id)));

  const expect = (file: string, owner: string, kind: string, set: Set<string>, ids: (string | null)[]) => {
    for (const id of ids) {
      if (id !== null && !set.has(id)) problems.push(`${file}.json: ${owner} refers to unknown ${kind} "${id}"`);
    }
  };

  for (const a of seed.actors) expect("actors", a.id, "source", sources, a.sources);
  for (const p of seed.positions) {
    expect("positions", p.id, "actor", actors, [p.actor]);
    expect("positions", p.id, "issue", issues, [p.issue]);
    expect("positions", p.id, "source", sources, p.sources);
  }
  for (const d of seed.drafts) {
    expect("drafts", d.id, "draft", drafts, [d.revises]);
    expect("drafts", d.id, "source", sources, d.sources);
    for (const p of d.points) {
      expect("drafts", p.id, "issue", issues, p.issues);
      expect("drafts", p.id, "source", sources, p.sources);
      if (p.textStatus === "not_public" && p.text !== null) problems.push(`drafts.json: ${p.id} has text but textStatus not_public`);
      if (p.textStatus !== "not_public" && p.text === null) problems.push(`drafts.json: ${p.id} has no text but textStatus ${p.textStatus}`);
    }
  }
  const pointDraft = new Map(seed.drafts.flatMap((d) => d.points.map((p) => [p.id, d.id] as const)));
  for (const a of seed.alignments) {
    expect("alignments", a.id, "draft", drafts, [a.fromDraft, a.toDraft]);
    expect("alignments", a.id, "point", points, [a.fromPoint, a.toPoint]);
    expect("alignments", a.id, "source", sources, a.sources);
    if (a.fromPoint && pointDraft.get(a.fromPoint) !== a.fromDraft) problems.push(`alignments.json: ${a.id} fromPoint is not in fromDraft`);
    if (a.toPoint && pointDraft.get(a.toPoint) !== a.toDraft) problems.push(`alignments.json: ${a.id} toPoint is not in toDraft`);
    if (!a.fromPoint && !a.toPoint) problems.push(`alignments.json: ${a.id} needs fromPoint, toPoint or both`);
    if (a.relation === "added" && a.fromPoint) problems.push(`alignments.json: ${a.id} is "added" but has a fromPoint`);
    if (a.relation === "dropped" && a.toPoint) problems.push(`alignments.json: ${a.id} is "dropped" but has a toPoint`);
  }
  for (const r of seed["point-reactions"]) {
    expect("point-reactions", r.id, "actor", actors, [r.actor]);
    expect("point-reactions", r.id, "point", points, [r.point]);
    expect("point-reactions", r.id, "source", sources, r.sources);
  }
  for (const t of seed.territories) {
    expect("territories", t.code, "source", sources, t.sources);
    for (const c of t.claims) {
      expect("territories", c.id, "actor", actors, [c.actor]);
      expect("territories", c.id, "draft", drafts, [c.draft]);
      expect("territories", c.id, "source", sources, c.sources);
      if ((c.actor === null) === (c.draft === null)) problems.push(`territories.json: claim ${c.id} needs exactly one of actor or draft`);
    }
  }
  for (const c of seed.cards) {
    expect("cards", c.id, "actor", actors, c.actors);
    expect("cards", c.id, "issue", issues, c.issues);
    expect("cards", c.id, "territory", territories, c.territories);
    expect("cards", c.id, "point", points, c.points);
    expect("cards", c.id, "source", sources, c.sources);
    if (c.kind === "assessment" && (!c.likelihood || !c.confidence)) problems.push(`cards.json: assessment ${c.id} needs likelihood and confidence`);
    if (c.kind !== "assessment" && (c.likelihood || c.confidence)) problems.push(`cards.json: ${c.id} is not an assessment but has likelihood/confidence`);
  }
  for (const b of seed.briefings) expect("briefings", b.id, "card", cards, b.cards);
  for (const m of seed.metrics) {
    for (const v of m.values) {
      expect("metrics", v.id, "draft", drafts, [v.draft]);
      expect("metrics", v.id, "source", sources, v.sources);
    }
  }

  if (problems.length) throw new SeedDataError(problems);
}
