// Print routes answer only a signed address. The e2e server signs with this fixed key
// (playwright.config.ts), so a test can fetch a print page the way the PDF export's browser does.
import { printAddress, signWithKey } from "../../lib/pdf/print-token";

export const E2E_PRINT_KEY = "e2e-only-print-key-not-for-any-deployment";

/** A print route's address with a valid token. */
export function signedPrintUrl(path: string, params: Record<string, string> = {}): string {
  const address = printAddress(path, params);
  return `${address}${address.includes("?") ? "&" : "?"}token=${encodeURIComponent(signWithKey(E2E_PRINT_KEY, address))}`;
}
