import "server-only";
// Request parsing shared by the admin route handlers: which kind of record, which version.
import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import { pageParam, pageSizeParam } from "@/lib/http/query-params";
import { PUBLISH_STATUSES } from "@/lib/domain/enums";
import { isRecordType } from "@/lib/records";

export async function entityTypeParam(params: Promise<{ type: string }>): Promise<string> {
  const { type } = await params;
  if (!isRecordType(type)) throw new AppError(404, "not_found", `Unknown kind of record: ${type}`);
  return type;
}

export const versionParam = z.object({ version: z.coerce.number().int().min(1) });
export const listQuery = z.object({ q: z.string().trim().max(200).optional(), page: pageParam, pageSize: pageSizeParam(200, 50) });
/** `minor`: a typo fix, left out of readers' updates and digests. */
export const saveBody = z.strictObject({ version: z.number().int().min(1), data: z.unknown(), minor: z.boolean().default(false) });
export const minorBody = z.strictObject({ minor: z.boolean({ error: "minor must be true or false" }) });
export const restoreBody = z.strictObject({ version: z.number().int().min(1), revisionId: z.string().min(1).max(100) });
/** A publication step; `withParts` also moves what travels with the record (a draft's points and alignments). */
export const statusBody = z.strictObject({ status: z.enum(PUBLISH_STATUSES), version: z.number().int().min(1), withParts: z.boolean().default(false) });
