import "server-only";
// The admin area's "see it as readers do" links: a record's reader view lives under its
// negotiation (/n/<slug>/…), found through the kind's scope; actors and sources are global.
import { db } from "@/lib/db";
import type { Kind } from "@/lib/records";
import type { Row } from "@/lib/records/fields";
import { negotiationPath } from "./paths";

export async function readerLink(kind: Kind, record: { id: string; status?: string | null; input: Row }): Promise<{ href: string; previewing: boolean } | null> {
  const target = kind.readerPath?.(record.id, record.input);
  if (!target) return null;
  let path = target.path;
  let negotiationUnpublished = false;
  if (!target.shared) {
    const [negotiationId] = kind.scope ? await kind.scope(db, { ...record.input, id: record.id }) : [];
    const negotiation = negotiationId ? await db.negotiation.findUnique({ where: { id: negotiationId }, select: { slug: true, status: true } }) : null;
    if (!negotiation) return null;
    path = negotiationPath(negotiation.slug, target.path);
    negotiationUnpublished = negotiation.status !== "published";
  }
  // Unpublished content shows to editors in preview; published content as readers see it.
  const previewing = (!!target.preview && record.status !== "published") || negotiationUnpublished;
  return { href: previewing ? `${path}${path.includes("?") ? "&" : "?"}preview=1` : path, previewing };
}
