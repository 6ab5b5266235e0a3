// Creates a Prisma client for a database target. Both generated clients share one model API,
// so the PostgreSQL client is typed as the SQLite one and the rest of the code sees one type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/postgres/client";
import type { DatabaseTarget } from "./url";

export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createPrismaClient(target: DatabaseTarget): Db {
  if (target.provider === "postgresql") {
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  }
  // Wait up to 10 s for another connection's write lock instead of failing at once.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: target.url, timeout: 10_000 }) });
}

/**
 * A case-insensitive substring filter. PostgreSQL needs `mode: "insensitive"`; SQLite's LIKE
 * is already case-insensitive (for ASCII) and rejects `mode`.
 */
export function containsTextFor(provider: DatabaseTarget["provider"], text: string) {
  return provider === "postgresql" ? { contains: text, mode: "insensitive" as const } : { contains: text };
}
