import "server-only";
// Read marks, per reader: when they last marked their updates read ("updates"), and when they
// last opened each record ("<kind> <id>": a card, a matrix cell's position, a territory's panel,
// a comparison row). Opening records is frequent, so those marks are kept in memory and written
// in one transaction every few seconds (or when many are waiting) instead of a write per view;
// this instance's pending marks count at once.
import { db } from "@/lib/db";
import { inBatches } from "@/lib/db/batches";

export const UPDATES_SCOPE = "updates";
export const recordScope = (type: string, id: string) => `${type} ${id}`;

/**
 * Where a reader's updates start: their last "mark all as read", or, for a reader who never
 * marked any, when their account was made (nothing before it is "new" to them).
 */
export async function lastRead(userId: string): Promise<Date> {
  const mark = await db.readMark.findUnique({ where: { userId_scope: { userId, scope: UPDATES_SCOPE } }, select: { readAt: true } });
  if (mark) return mark.readAt;
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { createdAt: true } })).createdAt;
}

export async function markRead(userId: string, at = new Date()): Promise<void> {
  await db.readMark.upsert({ where: { userId_scope: { userId, scope: UPDATES_SCOPE } }, create: { userId, scope: UPDATES_SCOPE, readAt: at }, update: { readAt: at } });
}

const FLUSH_AFTER_MS = 2_000;
const FLUSH_AT = 500;
const pending = new Map<string, { userId: string; scope: string; readAt: Date }>();
let timer: ReturnType<typeof setTimeout> | null = null;
let flushing: Promise<void> = Promise.resolve();

/** Notes that a reader opened these records now; written with the next batch. */
export function recordReads(userId: string, scopes: readonly string[], at = new Date()): void {
  for (const scope of scopes) pending.set(`${userId}\n${scope}`, { userId, scope, readAt: at });
  if (pending.size >= FLUSH_AT) void flushReadMarks();
  else if (!timer) {
    timer = setTimeout(() => void flushReadMarks(), FLUSH_AFTER_MS);
    timer.unref?.();
  }
}

/** Writes the waiting marks in one transaction (a mark never moves back in time). */
export function flushReadMarks(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = [...pending.values()];
  pending.clear();
  if (!batch.length) return flushing;
  flushing = flushing.then(async () => {
    try {
      await db.$transaction(async (tx) => {
        // Marks of a deleted account are dropped, not written.
        const users = new Set((await tx.user.findMany({ where: { id: { in: [...new Set(batch.map((m) => m.userId))] } }, select: { id: true } })).map((u) => u.id));
        for (const m of batch.filter((m) => users.has(m.userId))) {
          await tx.readMark.upsert({ where: { userId_scope: { userId: m.userId, scope: m.scope } }, create: m, update: { readAt: m.readAt } });
        }
      });
    } catch (error) {
      // A lost batch of read marks only shows a marker again; never fail a reader's page for it.
      console.error("read marks: a batch could not be written", error);
    }
  });
  return flushing;
}

/** When this reader last opened each of these records (stored or waiting to be written). */
export async function readMarksOf(userId: string, scopes: readonly string[]): Promise<Map<string, Date>> {
  const marks = new Map<string, Date>();
  if (!scopes.length) return marks;
  const stored = await inBatches(scopes, (slice) => db.readMark.findMany({ where: { userId, scope: { in: slice } }, select: { scope: true, readAt: true } }));
  for (const m of stored) marks.set(m.scope, m.readAt);
  for (const scope of scopes) {
    const waiting = pending.get(`${userId}\n${scope}`);
    if (waiting && !(marks.get(scope)! >= waiting.readAt)) marks.set(scope, waiting.readAt);
  }
  return marks;
}

/** Opened at or after the change: seen, not repeated. */
export const isSeen = (marks: Map<string, Date>, scope: string, changedAt: Date) => (marks.get(scope)?.getTime() ?? 0) >= changedAt.getTime();
