import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";

const target = parseDatabaseUrl();
export const dbProvider = target.provider;

// One client per process; kept on globalThis so dev-mode hot reloads reuse it.
const g = globalThis as unknown as { parleyDb?: Db };
export const db: Db = g.parleyDb ?? createPrismaClient(target);
if (process.env.NODE_ENV !== "production") g.parleyDb = db;

/**
 * A case-insensitive substring filter. PostgreSQL needs `mode: "insensitive"`; SQLite's LIKE
 * is already case-insensitive (for ASCII) and rejects `mode`.
 */
export function containsText(text: string) {
  return dbProvider === "postgresql" ? { contains: text, mode: "insensitive" as const } : { contains: text };
}

export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
