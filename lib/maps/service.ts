// A negotiation's map: upload (or replace) and remove, each in one transaction with its audit
// revision, and the report of which territories the map's features match. Callers check the
// role (authorizeUser(request, "edit")); the negotiation scope is checked here, as the write
// layer does for records.
import type { Db, Tx } from "@/lib/db/client";
import { assertScope, type Actor } from "@/lib/admin/service";
import { lockContentVersion } from "@/lib/freshness/version";
import { AppError } from "@/lib/http/errors";
import { KINDS } from "@/lib/records";
import { processMap, type ProcessedMap } from "./process";
import { mapUploadSchema, type MapUpload } from "./schema";
import { fieldErrors } from "@/lib/http/errors";

/** The audit log's entity type for maps (a revision per upload, replacement or removal). */
export const MAP_ENTITY = "maps";

export type MatchReport = {
  featureCount: number;
  /** Territory codes of the negotiation that a feature draws. */
  matched: string[];
  /** Territory codes of the negotiation that no feature draws (they appear in the table only). */
  territoriesWithoutFeature: string[];
  /** Feature codes that name no territory of the negotiation (drawn, but not shaded). */
  featuresWithoutTerritory: string[];
  /** Features left out of the stored map, and why. */
  skipped: ProcessedMap["skipped"];
};

export type MapSummary = {
  negotiationId: string;
  name: string;
  codeProperty: string;
  nameProperty: string | null;
  licence: string;
  attribution: string;
  sourceUrl: string | null;
  featureCount: number;
  hasContext: boolean;
  uploadedAt: Date;
  version: number;
};

export async function matchReport(db: Db | Tx, negotiationId: string, codes: string[], skipped: ProcessedMap["skipped"] = []): Promise<MatchReport> {
  const territories = (await db.territory.findMany({ where: { negotiationId }, select: { code: true }, orderBy: { code: "asc" } })).map((t) => t.code);
  const drawn = new Set(codes);
  const known = new Set(territories);
  return {
    featureCount: codes.length,
    matched: territories.filter((c) => drawn.has(c)),
    territoriesWithoutFeature: territories.filter((c) => !drawn.has(c)),
    featuresWithoutTerritory: [...codes].sort().filter((c) => !known.has(c)),
    skipped,
  };
}

const SUMMARY = {
  negotiationId: true, name: true, codeProperty: true, nameProperty: true, licence: true, attribution: true, sourceUrl: true, featureCount: true, uploadedAt: true, version: true, context: true,
} as const;

function summary(row: { context: string | null } & Omit<MapSummary, "hasContext">): MapSummary {
  const { context, ...rest } = row;
  return { ...rest, hasContext: context !== null };
}

export async function getMapSummary(db: Db, negotiationId: string): Promise<{ map: MapSummary | null; report: MatchReport | null }> {
  const row = await db.negotiationMap.findUnique({ where: { negotiationId }, select: { ...SUMMARY, topology: true } });
  if (!row) return { map: null, report: null };
  const { topology, ...rest } = row;
  const codes = ((JSON.parse(topology) as { objects: { regions: { geometries: { properties?: { code?: string } }[] } } }).objects.regions.geometries ?? []).map((g) => String(g.properties?.code ?? ""));
  return { map: summary(rest), report: await matchReport(db, negotiationId, codes) };
}

/** The upload's fields, then its geometry: a 400 names every field that needs attention (the file's problems too). */
export function parseMapUpload(input: unknown): { upload: MapUpload; processed: ProcessedMap } {
  const parsed = mapUploadSchema.safeParse(input);
  if (parsed.success) return { upload: parsed.data, processed: processMap(parsed.data) };
  const fields = fieldErrors(parsed.error);
  // Say what is wrong with the file as well, when there is one to read.
  const raw = (input ?? {}) as Record<string, unknown>;
  if (!fields.file && !fields.context && typeof raw.file === "string" && typeof raw.codeProperty === "string" && raw.codeProperty.trim()) {
    try {
      processMap({ file: raw.file, codeProperty: raw.codeProperty.trim(), context: typeof raw.context === "string" && raw.context ? raw.context : undefined });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const [k, v] of Object.entries(error.fields ?? {})) (fields[k] ??= []).push(...v);
    }
  }
  throw new AppError(400, "invalid_request", "Some fields need attention", fields);
}

async function negotiationTitle(tx: Tx, negotiationId: string): Promise<string> {
  const n = await tx.negotiation.findUnique({ where: { id: negotiationId }, select: { title: true } });
  if (!n) throw new AppError(404, "not_found", `Negotiation ${negotiationId} not found`);
  return n.title;
}

/**
 * Stores a processed upload as the negotiation's map inside the caller's transaction (the seed
 * uses this too, with `revision: false`). A replacement moves the map's version.
 */
export async function storeMapInTransaction(tx: Tx, negotiationId: string, upload: MapUpload, processed: ProcessedMap, actor: Actor, options: { revision?: boolean } = {}): Promise<MapSummary> {
  const title = await negotiationTitle(tx, negotiationId);
  await assertScope(tx, KINDS.negotiations, [{ id: negotiationId }], actor);
  const data = {
    name: upload.name,
    topology: processed.topology,
    codeProperty: upload.codeProperty,
    nameProperty: upload.nameProperty ?? null,
    context: processed.context,
    licence: upload.licence,
    attribution: upload.attribution,
    sourceUrl: upload.sourceUrl ?? null,
    featureCount: processed.featureCount,
    uploadedAt: new Date(),
    uploadedById: actor?.id ?? null,
  };
  const existing = await tx.negotiationMap.findUnique({ where: { negotiationId }, select: { version: true } });
  const row = existing
    ? await tx.negotiationMap.update({ where: { negotiationId }, data: { ...data, version: { increment: 1 } }, select: SUMMARY })
    : await tx.negotiationMap.create({ data: { ...data, negotiationId }, select: SUMMARY });
  const stored = summary(row);
  if (options.revision !== false) await writeMapRevision(tx, stored, existing ? "replace map" : "upload map", title, actor);
  return stored;
}

async function writeMapRevision(tx: Tx, map: MapSummary, action: string, title: string, actor: Actor) {
  const { uploadedAt, ...rest } = map;
  await tx.revision.create({
    data: {
      entityType: MAP_ENTITY,
      entityId: map.negotiationId,
      version: map.version,
      action,
      title: `Map of ${title}`,
      // The geometry itself is not kept in the log (it can be megabytes): what it was and under which terms.
      snapshot: { ...rest, uploadedAt: uploadedAt.toISOString() },
      userId: actor?.id ?? null,
    },
  });
}

/** Validates, simplifies and stores an upload; the report says what matched. Nothing is stored on any error. */
export async function uploadMap(db: Db, negotiationId: string, input: unknown, actor: Actor): Promise<{ map: MapSummary; report: MatchReport }> {
  const { upload, processed } = parseMapUpload(input);
  return db.$transaction(
    async (tx) => {
      await lockContentVersion(tx);
      const map = await storeMapInTransaction(tx, negotiationId, upload, processed, actor);
      return { map, report: await matchReport(tx, negotiationId, processed.codes, processed.skipped) };
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}

/** Checks an upload without storing it: the same errors, and the report it would give. */
export async function previewMap(db: Db, negotiationId: string, input: unknown): Promise<MatchReport> {
  const { processed } = parseMapUpload(input);
  return matchReport(db, negotiationId, processed.codes, processed.skipped);
}

export async function removeMap(db: Db, negotiationId: string, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockContentVersion(tx);
    const title = await negotiationTitle(tx, negotiationId);
    await assertScope(tx, KINDS.negotiations, [{ id: negotiationId }], actor);
    const existing = await tx.negotiationMap.findUnique({ where: { negotiationId }, select: SUMMARY });
    if (!existing) throw new AppError(404, "not_found", "This negotiation has no map of its own to remove");
    await tx.negotiationMap.delete({ where: { negotiationId } });
    await writeMapRevision(tx, { ...summary(existing), version: existing.version + 1 }, "remove map", title, actor);
  });
}
