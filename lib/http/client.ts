// Fetching the JSON API from the browser (react-query's queryFn).
import { toSearchParams } from "./query-params";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function getJson<T>(path: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const query = toSearchParams(params).toString();
  const response = await fetch(query ? `${path}?${query}` : path, { signal, headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(response.status, body?.error?.message ?? `The server answered ${response.status}`, body?.error?.fields);
  }
  return response.json() as Promise<T>;
}
