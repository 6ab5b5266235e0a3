// Fetching the JSON API from the browser (react-query's queryFn).
import { toSearchParams } from "./query-params";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly code?: string,
    /** Extra data, e.g. the current record on a 409 conflict. */
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function getJson<T>(path: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const query = toSearchParams(params).toString();
  const response = await fetch(query ? `${path}?${query}` : path, { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw await apiError(response);
  return response.json() as Promise<T>;
}

async function apiError(response: Response): Promise<ApiError> {
  const body = await response.json().catch(() => null);
  const error = body?.error;
  return new ApiError(response.status, error?.message ?? body?.message ?? `The server answered ${response.status}`, error?.fields, error?.code, error?.detail);
}

/** Posts a form (a file upload, multipart); resolves with the JSON answer. */
export async function sendForm<T>(path: string, body: FormData): Promise<T> {
  const response = await fetch(path, { method: "POST", headers: { accept: "application/json" }, body });
  if (!response.ok) throw await apiError(response);
  return (await response.json()) as T;
}

/** Sends JSON with a mutating method; resolves with the JSON answer (or null for 204). */
export async function sendJson<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await apiError(response);
  return (response.status === 204 ? null : await response.json()) as T;
}
