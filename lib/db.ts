import "server-only";
import { containsTextFor, createPrismaClient, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";

const target = parseDatabaseUrl();
export const dbProvider = target.provider;

// One client per process; kept on globalThis so dev-mode hot reloads reuse it.
const g = globalThis as unknown as { parleyDb?: Db };
export const db: Db = g.parleyDb ?? createPrismaClient(target);
if (process.env.NODE_ENV !== "production") g.parleyDb = db;

/** A case-insensitive substring filter for this database (see containsTextFor). */
export const containsText = (text: string) => containsTextFor(dbProvider, text);

export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
