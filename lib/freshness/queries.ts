import "server-only";
import pg from "pg";
import { db, dbProvider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";
import { PG_NOTIFY_CHANNEL } from "./triggers";
import { readContentVersion } from "./version";

/**
 * The content version this instance serves: one integer that every write to a content table
 * moves in its own transaction (database triggers), read from the database, so every instance
 * on the same database agrees.
 */
export function getContentVersion(): Promise<string> {
  return readContentVersion(db);
}

const RETRY_MS = 5_000;
const g = globalThis as unknown as { parleyListener?: { started: boolean } };

/**
 * PostgreSQL: other instances' changes arrive as notifications at their commit, so this
 * instance can drop its version at once instead of waiting for the next re-read. Polling stays
 * as the fallback (a dropped connection is retried every few seconds).
 */
export function listenForChanges(onChange: () => void): void {
  if (dbProvider !== "postgresql" || process.env.PARLEY_LISTEN === "off") return;
  const state = (g.parleyListener ??= { started: false });
  if (state.started) return;
  state.started = true;
  const connect = () => {
    const client = new pg.Client({ connectionString: parseDatabaseUrl().url });
    const retry = () => {
      client.removeAllListeners();
      client.end().catch(() => {});
      setTimeout(connect, RETRY_MS).unref();
    };
    client.on("notification", () => onChange());
    client.on("error", retry);
    client
      .connect()
      .then(() => client.query(`LISTEN ${PG_NOTIFY_CHANNEL}`))
      .catch(retry);
  };
  connect();
}
