// DATABASE_URL decides the database: `file:` → embedded SQLite, `postgres(ql)://` → PostgreSQL.
// Parsed here once, for the app, the scripts and the Prisma CLI config alike.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/parley.db";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; /** absolute path of the database file */ file: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {
  name = "DatabaseUrlError";
}

export function parseDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL, cwd = process.cwd()): DatabaseTarget {
  const url = (raw ?? "").trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file || file.endsWith("/")) {
      throw new DatabaseUrlError(`DATABASE_URL "${url}" names no database file (expected e.g. ${DEFAULT_DATABASE_URL})`);
    }
    // Relative paths are taken from the project directory, whichever process reads them.
    const absolute = path.resolve(cwd, file);
    return { provider: "sqlite", url: `file:${absolute}`, file: absolute };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname) throw new Error("no host");
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL "${redact(url)}" is not a valid PostgreSQL URL (expected postgresql://user:password@host:5432/database)`);
    }
    return { provider: "postgresql", url };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL "${redact(url)}" is not supported: use file:./path/to/parley.db (SQLite) or postgresql://user:password@host:5432/database`,
  );
}

/** The URL with any password hidden, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
