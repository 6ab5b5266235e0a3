// Errors the client can act on, shared by route handlers, the CLI and domain code (no
// server-only import, so scripts can use it).

import type { z } from "zod";

/** Field errors keyed by the dotted path of the field, as the forms and API clients show them. */
export function fieldErrors(error: z.ZodError, prefix = ""): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = prefix + (issue.path.join(".") || "(root)");
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** An error with its HTTP status, a stable code and, for form input, messages per field. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** Extra data for the client, e.g. the current record on a 409 conflict. */
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} not found`);

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]>; detail?: unknown } };
