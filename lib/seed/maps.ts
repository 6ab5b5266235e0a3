// The seed's maps: prisma/seed-data/maps/<negotiation-id>/manifest.json names the negotiation,
// the geometry file (and an optional context file), the code and name properties, the licence
// and the attribution. Each is stored as that negotiation's map through the upload's own path
// (lib/maps: the same zod schema, validation and simplification), only when it has none yet.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { processMap } from "@/lib/maps/process";
import { mapUploadSchema, type MapUpload } from "@/lib/maps/schema";
import { storeMapInTransaction } from "@/lib/maps/service";
import { AppError } from "@/lib/http/errors";

const manifestSchema = z.object({
  negotiationId: z.string().min(1),
  name: z.string(),
  file: z.string().regex(/^[\w.-]+$/, "a file name in the same folder"),
  context: z.string().regex(/^[\w.-]+$/, "a file name in the same folder").optional(),
  codeProperty: z.string(),
  nameProperty: z.string().optional(),
  licence: z.string(),
  attribution: z.string(),
  sourceUrl: z.string().optional(),
});

export type SeedMap = { negotiationId: string; upload: MapUpload };

/** Reads every map folder (none: an empty list); a bad manifest stops the seed naming the folder. */
export function readSeedMaps(dir: string): SeedMap[] {
  const root = path.join(dir, "maps");
  if (!existsSync(root)) return [];
  const maps: SeedMap[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const where = `maps/${folder}/manifest.json`;
    const read = (file: string) => readFileSync(path.join(root, folder, file), "utf8");
    const manifest = manifestSchema.safeParse(JSON.parse(read("manifest.json")));
    if (!manifest.success) throw new Error(`${where}: ${manifest.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    const { negotiationId, file, context, ...rest } = manifest.data;
    const upload = mapUploadSchema.safeParse({ ...rest, file: read(file), context: context ? read(context) : undefined });
    if (!upload.success) throw new Error(`${where}: ${upload.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    maps.push({ negotiationId, upload: upload.data });
  }
  return maps;
}

/** Stores each seed map whose negotiation exists and has no map yet; returns how many were stored. */
export async function createMissingMaps(tx: Tx, maps: SeedMap[]): Promise<number> {
  let created = 0;
  for (const { negotiationId, upload } of maps) {
    if (!(await tx.negotiation.findUnique({ where: { id: negotiationId }, select: { id: true } }))) continue;
    if (await tx.negotiationMap.findUnique({ where: { negotiationId }, select: { id: true } })) continue;
    try {
      await storeMapInTransaction(tx, negotiationId, upload, processMap(upload), null, { revision: false });
    } catch (error) {
      if (error instanceof AppError) throw new Error(`maps/${negotiationId}: ${error.message}: ${JSON.stringify(error.fields ?? {})}`);
      throw error;
    }
    created++;
  }
  return created;
}
