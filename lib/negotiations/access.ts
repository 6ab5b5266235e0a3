import "server-only";
// Which restricted negotiations a reader may not read. Every reader path (pages, APIs, the
// lists, the search and the cross-negotiation pages of actors and sources) filters by it, and
// the page cache keys pages by it, so two readers with the same role but different named
// negotiations never share a page. The rule itself is canIn in lib/auth/permissions.ts.
import { cache } from "react";
import { canIn } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { editorNegotiations } from "@/lib/users/scope";

/** The restricted negotiations' ids (content: cached until the next write). */
const listRestrictedIds = cachedQuery("negotiations/access.listRestrictedIds", async () =>
  (await db.negotiation.findMany({ where: { restricted: true }, select: { id: true }, orderBy: { id: "asc" } })).map((n) => n.id),
);

/**
 * The ids of the restricted negotiations this viewer (null: an anonymous reader) may not read,
 * sorted. Named readers and editors' limits are account data, not content, so they are looked
 * up afresh; without any restricted negotiation (the usual case) nothing is looked up at all.
 */
export async function hiddenNegotiationIds(viewer: Pick<Viewer, "id" | "role"> | null): Promise<string[]> {
  const restricted = await listRestrictedIds();
  if (!restricted.length) return [];
  if (!viewer) return restricted;
  if (viewer.role === "admin") return [];
  const [readerOf, limits] = await Promise.all([
    db.negotiationReader.findMany({ where: { userId: viewer.id, negotiationId: { in: restricted } }, select: { negotiationId: true } }),
    viewer.role === "editor" ? editorNegotiations(viewer.id) : Promise.resolve(null),
  ]);
  const person = { id: viewer.id, role: viewer.role, negotiations: limits };
  const readerIds = new Set(readerOf.map((r) => r.negotiationId));
  return restricted.filter((id) => !canIn(person, "read", { id, restricted: true, readerIds: readerIds.has(id) ? [viewer.id] : [] }));
}

/**
 * For server components: the restricted negotiations hidden from the viewer of the page being
 * rendered, looked up once per request (the layout, the negotiation's layout and the page all ask).
 */
export const hiddenFromPageViewer = cache(async (): Promise<string[]> => hiddenNegotiationIds(await getViewer()));

/** Who a rendered page may be shared with: the role, plus the restricted negotiations it hides (see lib/cache/pages.ts). */
export function audienceKey(role: Role | null | undefined, hidden: readonly string[]): string {
  return `${role ?? "public"}${hidden.length ? `~${hidden.join(",")}` : ""}`;
}

/** The page-cache audience of a viewer. */
export async function readerAudience(viewer: Pick<Viewer, "id" | "role"> | null): Promise<string> {
  return audienceKey(viewer?.role, await hiddenNegotiationIds(viewer));
}
