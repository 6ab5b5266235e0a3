// Reads and checks the seed files before anything touches the database: each record against
// its kind's schema (the admin forms' own), then every reference between records, so a bad
// file stops the seed with a clear line naming the file, the record and the field.
// The top-level files hold the first case and what every case shares (sources, actors); each
// subfolder with a negotiation.json holds one more negotiation, with a file per kind it has
// records of (<folder>/cards.json, …); its sources and actors join the shared ones.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { KINDS, type Kind, type KindName } from "@/lib/records";
import { readSeedMaps } from "./maps";
import { SEED_FILES, seedMeta, type SeedData } from "./schema";

/** The committed seed files; PARLEY_SEED_DIR points elsewhere (tests of bad seed files). */
export const SEED_DIR = process.env.PARLEY_SEED_DIR ?? path.join(process.cwd(), "prisma", "seed-data");

export class SeedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems[0]} (and ${problems.length - 1} more problems)`);
    this.name = "SeedDataError";
  }
}

const recordKey = (kind: Kind, record: Record<string, unknown>) => String(record[kind.key] ?? "?");

/** One record: its stable id and publication, then the rest as the kind's input. `file` names it in messages. */
function parseRecord(name: KindName, record: unknown, index: number, problems: string[], file = `${name}.json`) {
  const kind = KINDS[name];
  const where = (r: unknown) => `${file} ${typeof r === "object" && r ? recordKey(kind, r as Record<string, unknown>) : `#${index}`}`;
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    problems.push(`${file} #${index}: not an object`);
    return null;
  }
  const { id, ...rest } = record as Record<string, unknown>;
  // Publication is the seed's own for kinds that are published; elsewhere publishedAt may be a field (a source's date).
  const { status, publishedAt, ...fields } = rest;
  const input = kind.publishable ? fields : rest;
  if (kind.key !== "id" && id !== undefined) problems.push(`${where(record)}: ${name} are keyed by ${kind.key}, not id`);
  if (!kind.publishable && "status" in rest) problems.push(`${where(record)}: ${name} are not published separately (no status)`);
  const meta = seedMeta(kind).strict().safeParse({ ...(kind.key === "id" ? { id } : {}), ...(kind.publishable ? { status, publishedAt } : {}) });
  const parsed = kind.schema.safeParse(input);
  for (const issue of [...(meta.success ? [] : meta.error.issues), ...(parsed.success ? [] : parsed.error.issues)]) {
    problems.push(`${where(record)} at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  // Every claim in the seed names its source (the forms allow saving a record before sourcing it).
  if (parsed.success && "citations" in kind.fields && ((parsed.data as { citations?: unknown[] }).citations ?? []).length === 0) problems.push(`${where(record)} at citations: every claim needs at least one source`);
  return meta.success && parsed.success ? { ...meta.data, ...parsed.data } : null;
}

function readJson(dir: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  } catch (error) {
    throw new SeedDataError([`${file} cannot be read: ${(error as Error).message}`]);
  }
}

function readList(dir: string, file: string, name: KindName, problems: string[]): unknown[] {
  const list = z.array(z.unknown()).safeParse(readJson(dir, file));
  if (!list.success) throw new SeedDataError([`${file}: the file must hold a list of records`]);
  return list.data.map((record, i) => parseRecord(name, record, i, problems, file)).filter((r) => r !== null);
}

/** The subfolders that each hold one more negotiation (a negotiation.json), in name order. */
export function negotiationFolders(dir = SEED_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "negotiation.json")))
    .map((entry) => entry.name)
    .sort();
}

export function readSeedData(dir = SEED_DIR): SeedData {
  const data = {} as Record<KindName, unknown[]>;
  const problems: string[] = [];
  for (const name of SEED_FILES) data[name] = readList(dir, `${name}.json`, name, problems);
  for (const folder of negotiationFolders(dir)) {
    const file = `${folder}/negotiation.json`;
    const negotiation = parseRecord("negotiations", readJson(dir, file), 0, problems, file);
    if (negotiation) data.negotiations.push(negotiation);
    for (const name of SEED_FILES) {
      if (name !== "negotiations" && existsSync(path.join(dir, folder, `${name}.json`))) data[name].push(...readList(dir, `${folder}/${name}.json`, name, problems));
    }
  }
  if (problems.length) throw new SeedDataError(problems);
  const seed = data as SeedData;
  checkReferences(seed);
  seed.maps = readSeedMaps(dir);
  return seed;
}

/** Ids are unique within their kind, and every id a field names exists in the seed. */
export function checkReferences(seed: SeedData): void {
  const problems: string[] = [];
  const keys = new Map<string, Set<string>>();
  for (const name of SEED_FILES) {
    const kind = KINDS[name];
    const set = new Set<string>();
    for (const record of seed[name] as Record<string, unknown>[]) {
      const key = recordKey(kind, record);
      if (set.has(key)) problems.push(`${name}.json: duplicate ${kind.key} "${key}"`);
      set.add(key);
    }
    keys.set(kind.model, set);
  }
  for (const name of SEED_FILES) {
    const kind = KINDS[name];
    for (const record of seed[name] as Record<string, unknown>[]) {
      for (const [field, def] of Object.entries(kind.fields)) {
        if (!def.references) continue;
        for (const wanted of def.references.of(record[field])) {
          if (!keys.get(def.references.model)?.has(wanted)) problems.push(`${name}.json ${recordKey(kind, record)} at ${field}: refers to unknown ${def.references.model} "${wanted}"`);
        }
      }
    }
  }
  if (problems.length) throw new SeedDataError(problems);
}
