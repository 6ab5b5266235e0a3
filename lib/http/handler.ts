import "server-only";
import { z } from "zod";
import { AppError, fieldErrors, type ErrorBody } from "./errors";
import { searchParamsToRecord } from "./query-params";

export { AppError, fieldErrors, notFound, type ErrorBody } from "./errors";

/** Parses a request's query parameters with a zod schema (a ZodError becomes a 400). */
export function parseQuery<T extends z.ZodType>(schema: T, request: Request): z.output<T> {
  return schema.parse(searchParamsToRecord(new URL(request.url).searchParams));
}

/** Wraps a route handler: invalid input → 400 with field errors, AppError → its status, the rest → 500. */
export function handle<C>(fn: (request: Request, context: C) => Promise<unknown>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const result = await fn(request, context);
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      if (error instanceof z.ZodError) {
        const body: ErrorBody = { error: { code: "invalid_request", message: "Some parameters are invalid", fields: fieldErrors(error) } };
        return Response.json(body, { status: 400 });
      }
      if (error instanceof AppError) {
        const body: ErrorBody = { error: { code: error.code, message: error.message, fields: error.fields, detail: error.detail } };
        return Response.json(body, { status: error.status });
      }
      console.error(error);
      return Response.json({ error: { code: "internal", message: "Something went wrong on the server" } } satisfies ErrorBody, { status: 500 });
    }
  };
}
