// Reads and checks the seed files before anything touches the database: each record against
// its kind's schema (the admin forms' own), then every reference between records, so a bad
// file stops the seed with a clear line naming the file, the record and the field.
import { readFileSync } from "node:fs";
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

/** One record: its stable id and publication, then the rest as the kind's input. */
function parseRecord(name: KindName, record: unknown, index: number, problems: string[]) {
  const kind = KINDS[name];
  const where = (r: unknown) => `${name}.json ${typeof r === "object" && r ? recordKey(kind, r as Record<string, unknown>) : `#${index}`}`;
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    problems.push(`${name}.json #${index}: not an object`);
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

export function readSeedData(dir = SEED_DIR): SeedData {
  const data = {} as Record<KindName, unknown[]>;
  const problems: string[] = [];
  for (const name of SEED_FILES) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8"));
    } catch (error) {
      throw new SeedDataError([`${name}.json cannot be read: ${(error as Error).message}`]);
    }
    const list = z.array(z.unknown()).safeParse(raw);
    if (!list.success) throw new SeedDataError([`${name}.json: the file must hold a list of records`]);
    data[name] = list.data.map((record, i) => parseRecord(name, record, i, problems)).filter((r) => r !== null);
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
