// Prisma CLI configuration. DATABASE_URL picks the provider, exactly as the app does, so
// `npx prisma migrate deploy` migrates whichever database the app will use.
// JS engine + driver adapter: the CLI uses its bundled wasm schema engine and downloads nothing.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parse } from "pg-connection-string";
import { parseDatabaseUrl } from "./lib/db/url";
import { reportPgNameColumnsAsText, withMultiStatementShadow, withWholePgScripts } from "./prisma/lib/cli-shims";

const target = parseDatabaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", target.provider === "sqlite" ? "sqlite" : "postgres"),
  migrations: { path: path.join("prisma", "migrations", target.provider === "sqlite" ? "sqlite" : "postgres") },
  async adapter() {
    if (target.provider === "sqlite") {
      return withMultiStatementShadow(new PrismaBetterSQLite3({ url: target.url }));
    }
    reportPgNameColumnsAsText();
    // Discrete fields, not connectionString: adapter-pg 6.19.3 connects the shadow database
    // with { ...config, database: shadow }, which a connectionString would override.
    const c = parse(target.url);
    return withWholePgScripts(new PrismaPg({
      host: c.host ?? "localhost",
      port: c.port ? Number(c.port) : 5432,
      user: c.user,
      password: c.password,
      database: c.database ?? undefined,
      // Lets `migrate deploy` exit in ~4 s instead of ~13 s.
      idleTimeoutMillis: 500,
    }));
  },
});
