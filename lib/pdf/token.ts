import "server-only";
// Short-lived signed tokens for the print routes: the headless browser that prints a PDF gets
// one instead of anybody's session cookie. The key is per process: the browser always asks
// the same process that signed (it prints from 127.0.0.1), so no key needs sharing.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const g = globalThis as unknown as { parleyPrintKey?: Buffer };
const key = (g.parleyPrintKey ??= randomBytes(32));
const LIFETIME_MS = 120_000;

const mac = (payload: string) => createHmac("sha256", key).update(payload).digest("base64url");

/** A token for exactly this print address (path and sorted query), valid for two minutes. */
export function signPrintToken(address: string, now = Date.now()): string {
  const expires = String(now + LIFETIME_MS);
  return `${expires}.${mac(`${expires}|${address}`)}`;
}

export function verifyPrintToken(token: string | undefined, address: string, now = Date.now()): boolean {
  if (!token) return false;
  const [expires, signature] = token.split(".");
  if (!expires || !signature || !/^\d+$/.test(expires) || Number(expires) < now) return false;
  const expected = Buffer.from(mac(`${expires}|${address}`));
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
