import "server-only";
// `/` and `/negotiations`: the list of the negotiations a reader sees, and the reopening of the
// one they used last (remembered in a cookie by the negotiation pages, components/negotiations/negotiation-context.tsx).
import { cookies } from "next/headers";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { hiddenFromPageViewer } from "./access";
import type { Visibility } from "@/lib/records/visibility";
import { negotiationPath } from "./paths";
import { findNegotiation, listNegotiationOverviews } from "./queries";
import { LAST_NEGOTIATION_COOKIE } from "./schema";

/**
 * Editors see unpublished negotiations in the list too (opened in preview); readers only
 * published ones; nobody the restricted ones hidden from them.
 */
async function listAudience(): Promise<[Visibility, string[]]> {
  const viewer = await getViewer();
  return [can(viewer?.role, "edit") ? "all" : "published", await hiddenFromPageViewer()];
}

export async function negotiationsForList() {
  return listNegotiationOverviews(...(await listAudience()));
}

/** Where `/` sends this reader: the negotiation they opened last, while they still see it; else null (the list). */
export async function lastNegotiationPath(): Promise<string | null> {
  const slug = (await cookies()).get(LAST_NEGOTIATION_COOKIE)?.value;
  if (!slug) return null;
  const negotiation = await findNegotiation(slug, ...(await listAudience()));
  if (!negotiation) return null;
  return negotiationPath(negotiation.slug, "", negotiation.status === "published" ? undefined : { preview: "1" });
}
