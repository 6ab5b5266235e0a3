// The seed files: prisma/seed-data/<kind>.json, one per kind of record, each record exactly an
// editor's input for that kind (the same fields, validated by the same zod schema as the admin
// forms, lib/records/kinds) plus its stable id and, for kinds readers see only once published,
// its publication. Nothing else describes the seed's shape, so the seed cannot drift from the
// forms: a record the seed loads is a record its form saves unchanged.
import { z } from "zod";
import { PUBLISH_STATUSES, type PublishStatus } from "@/lib/domain/enums";
import type { SeedMap } from "./maps";
import { DEPENDENCY_ORDER, KINDS, type InputOfKind, type Kind, type KindName } from "@/lib/records";

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "ids use letters, digits, '-' and '_'");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");

/** What a seed record holds beside the editor's input. */
export const seedMeta = (kind: Kind) =>
  z.object({
    ...(kind.key === "id" ? { id } : {}),
    ...(kind.publishable ? { status: z.enum(PUBLISH_STATUSES).default("published"), publishedAt: day.nullable().default(null) } : {}),
  });

export type SeedRecord<T extends KindName> = InputOfKind<T> & { id: string; status: PublishStatus; publishedAt: string | null };
/** The records, and the negotiations' maps (prisma/seed-data/maps, lib/seed/maps.ts). */
export type SeedData = { [T in KindName]: SeedRecord<T>[] } & { maps?: SeedMap[] };

/** The seed files, in the order they are loaded (each after what it refers to). */
export const SEED_FILES = DEPENDENCY_ORDER.map((kind) => kind.type as KindName);

export { KINDS };
