import "server-only";
// A reader's updates as Atom and JSON Feed, read with a per-reader token instead of the session
// cookie (feed readers have no session). Only the token's SHA-256 is stored; a reader has at most
// one live token, and making a new one or revoking ends the old one. The feed holds the changes
// of the last FEED_DAYS days that this reader may read (published content only), newest first;
// each entry's id names the record and the moment, so feed readers never show one twice.
import { createHash, randomBytes } from "node:crypto";
import { Feed } from "feed";
import { db } from "@/lib/db";
import { ROLES } from "@/lib/domain/enums";
import { AppError } from "@/lib/http/errors";
import { hiddenNegotiationIds } from "@/lib/negotiations/access";
import { listChanges, type ChangeItem } from "./changes";
import { listFollows } from "./follows";

export const FEED_DAYS = 30;
const hash = (token: string) => createHash("sha256").update(token).digest("hex");
/** What a feed address carries: 43 characters of base64url (32 random bytes). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new token for this reader (shown once), ending any earlier one. */
export async function createFeedToken(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.feedToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    db.feedToken.create({ data: { userId, tokenHash: hash(token) } }),
  ]);
  return token;
}

export async function revokeFeedTokens(userId: string): Promise<number> {
  return (await db.feedToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })).count;
}

export async function hasFeedToken(userId: string): Promise<boolean> {
  return (await db.feedToken.count({ where: { userId, revokedAt: null } })) > 0;
}

/** The reader a live token belongs to; a malformed token is a 400, an unknown, revoked or deactivated one a 401. */
export async function readerOfFeedToken(token: string) {
  if (!FEED_TOKEN.test(token)) throw new AppError(400, "invalid_request", "This is not a feed address", { token: ["Not a feed token"] });
  const row = await db.feedToken.findUnique({ where: { tokenHash: hash(token) }, select: { revokedAt: true, user: { select: { id: true, name: true, role: true, banned: true } } } });
  if (!row || row.revokedAt || row.user.banned) throw new AppError(401, "unauthenticated", "This feed address is no longer valid: make a new one from your account menu");
  return { id: row.user.id, name: row.user.name, role: ROLES.find((r) => r === row.user.role) ?? "analyst" };
}

/** One change in plain words: what it was and is, what it means, what a new draft brought. */
export function describeChange(item: ChangeItem): string {
  const lines = item.fields.map((f) => (f.field === "citations" ? "Sources changed." : `${f.label}: ${f.before ?? "(none)"} → ${f.after ?? "(none)"}`));
  const context = item.context.map((f) => `${f.label}: ${f.after}`);
  const parts = item.parts ? [`${item.parts.points} points.`, ...item.parts.flagged.map((f) => `Flagged: ${f.title}: ${f.note.replace(/^Flagged changes:\s*/, "")}`)] : [];
  return [item.negotiation?.title, item.change === "new" ? "New." : "Changed.", ...lines, ...context, ...parts].filter(Boolean).join("\n");
}

/** The reader's feed, as Atom or JSON Feed; `origin` is the address the feed was read at. */
export async function readerFeed(token: string, format: "atom" | "json", origin: string, options: { following?: boolean } = {}): Promise<{ body: string; contentType: string }> {
  const reader = await readerOfFeedToken(token);
  const since = new Date(Date.now() - FEED_DAYS * 86_400_000);
  const hidden = await hiddenNegotiationIds(reader);
  const groups = await listChanges({ since, hidden, follows: options.following ? await listFollows(reader.id, hidden) : null });
  const items = groups.flatMap((g) => g.items).sort((a, b) => b.at.getTime() - a.at.getTime());
  const feed = new Feed({
    title: `Parley: updates for ${reader.name}`,
    description: `Every published change of the last ${FEED_DAYS} days you may read.`,
    id: `${origin}/updates`,
    link: `${origin}/updates`,
    updated: items[0]?.at ?? since,
    copyright: "",
    generator: "Parley",
    feedLinks: { atom: `${origin}/feeds/${token}.atom`, json: `${origin}/feeds/${token}.json` },
  });
  for (const item of items) {
    feed.addItem({
      title: `${item.change === "new" ? "New" : "Changed"}: ${item.title}`,
      id: `${origin}/updates#${item.type}:${item.id}:${item.at.toISOString()}`,
      link: item.href ? `${origin}${item.href}` : `${origin}/updates`,
      date: item.at,
      description: describeChange(item),
      category: [{ name: item.type }],
    });
  }
  return format === "atom" ? { body: feed.atom1(), contentType: "application/atom+xml; charset=utf-8" } : { body: feed.json1(), contentType: "application/feed+json; charset=utf-8" };
}
