import "server-only";
import { notFound } from "next/navigation";
import { printAddress, verifyPrintToken } from "./token";

/** A print route answers only the headless browser holding a valid token for exactly this address. */
export function requirePrintToken(path: string, params: Record<string, string | string[] | undefined>): void {
  const token = typeof params.token === "string" ? params.token : undefined;
  if (!verifyPrintToken(token, printAddress(path, params))) notFound();
}
