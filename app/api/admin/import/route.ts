import { z } from "zod";
import { diffDataset, importDataset, parseDataset } from "@/lib/admin/transfer";
import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db, dbProvider } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle, parseQuery } from "@/lib/http/handler";

const query = z.object({ dryRun: z.enum(["true", "false"]).default("true") });

/** ?dryRun=true (the default) reports what would change; dryRun=false replaces the content. */
export const POST = handle(async (request) => {
  await authorizeUser(request, "edit");
  const { dryRun } = parseQuery(query, request);
  const dataset = parseDataset(await readJson(request, 50_000_000));
  if (dryRun === "true") return { applied: false, report: await diffDataset(db, dataset) };
  const report = await importDataset(db, dbProvider, dataset);
  clearCache();
  return { applied: true, report };
});
