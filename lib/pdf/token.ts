import "server-only";
// Short-lived signed tokens for the print routes: the headless browser that prints a PDF gets
// one instead of anybody's session cookie. The key is per process (the browser always asks the
// same process that signed: it prints from the loopback interface), unless PARLEY_PRINT_KEY
// sets it (the benchmark does, to print the same page as a static file).
import { randomBytes } from "node:crypto";
import { signWithKey, verifyWithKey } from "./print-token";

export { printAddress } from "./print-token";

const g = globalThis as unknown as { parleyPrintKey?: Buffer | string };
const key = (g.parleyPrintKey ??= process.env.PARLEY_PRINT_KEY || randomBytes(32));

/** A token for exactly this print address (path and sorted query), valid for two minutes. */
export const signPrintToken = (address: string, now = Date.now()) => signWithKey(key, address, now);

export const verifyPrintToken = (token: string | undefined, address: string, now = Date.now()) => verifyWithKey(key, token, address, now);
