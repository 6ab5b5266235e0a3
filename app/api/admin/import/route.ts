import { z } from "zod";
import { diffDataset, importDataset, parseDataset } from "@/lib/admin/transfer";
import { authorizeUser } from "@/lib/auth/viewer";
import { clearCache } from "@/lib/cache/versioned";
import { db, dbProvider } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { AppError, handle, parseQuery } from "@/lib/http/handler";

const query = z.object({ dryRun: z.enum(["true", "false"]).default("true") });

/** ?dryRun=true (the default) reports what would change; dryRun=false replaces the content. */
export const POST = handle(async (request) => {
  const viewer = await authorizeUser(request, "edit");
  // An import replaces every negotiation's content: not for an editor limited to some.
  if (viewer.negotiations) throw new AppError(403, "forbidden", "An import replaces every negotiation: it needs an editor who may edit every negotiation");
  const { dryRun } = parseQuery(query, request);
  const dataset = parseDataset(await readJson(request, 50_000_000));
  if (dryRun === "true") return { applied: false, report: await diffDataset(db, dataset) };
  const report = await importDataset(db, dbProvider, dataset, viewer);
  clearCache();
  return { applied: true, report };
});
