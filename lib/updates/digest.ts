import "server-only";
// A reader's digest: their updates for a period as a printed section (the digest PDF) — the same
// list the updates page shows, read for that reader (their restricted negotiations, follows and
// read marks), never for whoever asks.
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ROLES } from "@/lib/domain/enums";
import { AppError } from "@/lib/http/errors";
import { hiddenNegotiationIds } from "@/lib/negotiations/access";
import { findNegotiation } from "@/lib/negotiations/queries";
import { listChanges } from "./changes";
import { listFollows } from "./follows";
import { lastRead } from "./read-marks";
import { sinceDate } from "./schema";

type Reader = Pick<Viewer, "id" | "role" | "name">;

/** Whose digest an export is: the signed-in reader's; on the command line, the account named by email. */
export async function digestReader(email: string | undefined, viewer: Viewer | null, cli: boolean): Promise<Reader> {
  if (!cli) {
    if (email && email.toLowerCase() !== viewer?.email.toLowerCase()) throw new AppError(403, "forbidden", "A digest is your own: you cannot print another reader's", { email: ["Not your account"] });
    if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to print your digest");
    return viewer;
  }
  if (!email) throw new AppError(400, "invalid_request", "Name the reader whose digest to print (--email)", { email: ["Required on the command line"] });
  const user = await db.user.findFirst({ where: { email: email.toLowerCase() }, select: { id: true, name: true, role: true, banned: true } });
  if (!user || user.banned) throw new AppError(404, "not_found", `There is no active account ${email}`, { email: [`No active account ${email}`] });
  return { id: user.id, name: user.name, role: ROLES.find((r) => r === user.role) ?? "analyst" };
}

export type DigestOptions = { readerId: string; since?: string; following?: boolean; negotiation?: string };

/** The digest's content, for the print page. Null when the reader no longer exists. */
export async function loadDigest({ readerId, since, following, negotiation: slug }: DigestOptions) {
  const user = await db.user.findUnique({ where: { id: readerId }, select: { id: true, name: true, role: true } });
  if (!user) return null;
  const reader = { id: user.id, role: ROLES.find((r) => r === user.role) ?? "analyst" };
  const hidden = await hiddenNegotiationIds(reader);
  const negotiation = slug ? await findNegotiation(slug, "published", hidden) : null;
  if (slug && !negotiation) return null;
  const from = since ? sinceDate(since) : await lastRead(user.id);
  const follows = following ? await listFollows(user.id, hidden) : null;
  const groups = await listChanges({ since: from, hidden, negotiationId: negotiation?.id ?? null, follows, readerId: since ? null : user.id });
  return { reader: user, since: from, negotiation, follows, groups };
}
