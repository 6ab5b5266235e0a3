import "server-only";
import { notFound } from "next/navigation";
import { findNegotiation } from "./queries";

/**
 * The negotiation of a print route. The headless browser has no session: the signed token
 * (checked before this, after the export checked that the person may read this negotiation)
 * vouches for the request, and a signed `preview=1` for an editor's export of unpublished content.
 */
export async function printNegotiation(slug: string, query: Record<string, string | string[] | undefined>) {
  const negotiation = await findNegotiation(decodeURIComponent(slug), query.preview === "1" ? "all" : "published", []);
  if (!negotiation) notFound();
  return negotiation;
}
