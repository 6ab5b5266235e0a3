// Signing print addresses, given the key (no server-only import: the benchmark signs too).
import { createHmac, timingSafeEqual } from "node:crypto";

export const PRINT_TOKEN_LIFETIME_MS = 120_000;

const mac = (key: Buffer | string, payload: string) => createHmac("sha256", key).update(payload).digest("base64url");

export function signWithKey(key: Buffer | string, address: string, now = Date.now()): string {
  const expires = String(now + PRINT_TOKEN_LIFETIME_MS);
  return `${expires}.${mac(key, `${expires}|${address}`)}`;
}

export function verifyWithKey(key: Buffer | string, token: string | undefined, address: string, now = Date.now()): boolean {
  if (!token) return false;
  const [expires, signature] = token.split(".");
  if (!expires || !signature || !/^\d+$/.test(expires) || Number(expires) < now) return false;
  const expected = Buffer.from(mac(key, `${expires}|${address}`));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The canonical form of a print address: path plus its query sorted by key, without the token. */
export function printAddress(path: string, params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const k of Object.keys(params).sort()) {
    if (k === "token") continue;
    const v = params[k];
    for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(k, item);
  }
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}
