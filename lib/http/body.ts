import "server-only";
import { AppError } from "./errors";

/** Request bodies larger than this are refused with 413 before parsing. */
export const MAX_JSON_BYTES = 1_000_000;

/**
 * The request's JSON body: 415 unless it is sent as JSON (which also keeps plain HTML forms of
 * other sites out), 413 when oversized, 400 when it is not valid JSON.
 */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError(415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError(413, "too_large", `The body is larger than ${Math.round(maxBytes / 1000)} kB`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError(413, "too_large", `The body is larger than ${Math.round(maxBytes / 1000)} kB`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "invalid_json", "The body is not valid JSON");
  }
}
