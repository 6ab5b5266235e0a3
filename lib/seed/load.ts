// Loads the seed through the write layer, in one transaction: every record is created exactly
// as an editor's save would create it (same validation, same writes), with its seed id. Loading
// is idempotent: a record whose id exists is left exactly as it is (an editor may have changed
// it) and only missing records are created. Seeded records get no revision: their first change
// keeps the seeded state as a "baseline" revision.
import type { Db, Tx } from "@/lib/db/client";
import { createInTransaction } from "@/lib/admin/service";
import { lockContentVersion } from "@/lib/freshness/version";
import { KINDS, type Kind } from "@/lib/records";
import { createMissingMaps } from "./maps";
import { SEED_FILES, type SeedData } from "./schema";

export type SeedCounts = Record<string, number>;

/** True when no content table holds a row, i.e. a fresh database that the start command may seed. */
export async function isContentEmpty(db: Db): Promise<boolean> {
  const counts = await Promise.all([db.source.count(), db.briefing.count(), db.card.count(), db.actor.count()]);
  return counts.every((n) => n === 0);
}

/** Creates every seed record that is missing; returns how many of each kind were created. */
export async function loadSeed(db: Db, seed: SeedData): Promise<SeedCounts> {
  return db.$transaction(
    async (tx) => {
      await lockContentVersion(tx);
      const created = await createMissing(tx, seed);
      created.maps = await createMissingMaps(tx, seed.maps ?? []);
      return created;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

type SeedRow = Record<string, unknown> & { id?: string; status?: "draft" | "in_review" | "published"; publishedAt?: string | null };

async function createMissing(tx: Tx, seed: SeedData): Promise<SeedCounts> {
  const created: SeedCounts = {};
  // "The first case" is the earliest-created negotiation: the seed's are created a millisecond
  // apart in file order (the top-level file's first, then each folder's), never at the same instant.
  const start = Date.now();
  const createdAt = (name: string, index: number) => (name === "negotiations" ? new Date(start + index) : undefined);
  for (const name of SEED_FILES) {
    const kind = KINDS[name] as Kind;
    const records = selfReferencesFirst(kind, seed[name] as SeedRow[]);
    const keys = records.map((r) => String(r[kind.key]));
    const model = (tx as unknown as Record<string, { findMany(a: object): Promise<Record<string, unknown>[]> }>)[kind.model];
    const existing = new Set((await model.findMany({ where: { [kind.key]: { in: keys } }, select: { [kind.key]: true } })).map((r) => String(r[kind.key])));
    created[name] = 0;
    for (const [index, record] of records.entries()) {
      if (existing.has(String(record[kind.key]))) continue;
      const { id, status, publishedAt, ...fields } = record;
      // A source's publishedAt is its own field; only published kinds carry a publication.
      const input = kind.publishable ? fields : { ...fields, ...(publishedAt !== undefined ? { publishedAt } : {}) };
      await createInTransaction(tx, kind, input, null, {
        id: kind.key === "id" ? id : undefined,
        status,
        publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null,
        createdAt: createdAt(name, index),
        revision: false,
        referencesChecked: true,
      });
      created[name]++;
    }
  }
  return created;
}

/** Records of a kind that refer to their own kind (a draft revising a draft) come after what they refer to. */
function selfReferencesFirst(kind: Kind, records: SeedRow[]): SeedRow[] {
  const self = Object.entries(kind.fields).filter(([, f]) => f.references && f.references.model === kind.model);
  if (!self.length) return records;
  const byKey = new Map(records.map((r) => [String(r[kind.key]), r]));
  const ordered: SeedRow[] = [];
  const placed = new Set<string>();
  const place = (r: SeedRow, trail: Set<string>) => {
    const key = String(r[kind.key]);
    if (placed.has(key)) return;
    if (trail.has(key)) throw new Error(`${kind.type}.json: "${key}" refers to itself through a cycle`);
    trail.add(key);
    for (const [name, f] of self) for (const ref of f.references!.of(r[name])) if (byKey.has(ref)) place(byKey.get(ref)!, trail);
    placed.add(key);
    ordered.push(r);
  };
  for (const r of records) place(r, new Set());
  return ordered;
}

