// Workarounds for known bugs of Prisma 6.19.3's JS schema engine with driver adapters.
// They matter to the Prisma CLI only (migrate commands); the app never imports this file.
import pg from "pg";

type ScriptAdapter = {
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(sql: string): Promise<void>;
};

/**
 * SQLite: migrations are replayed on the shadow database through executeRaw(), which uses
 * better-sqlite3's prepare() and so refuses multi-statement SQL (P3006). Send
 * parameterless executeRaw calls on the shadow connection through executeScript().
 */
export function withMultiStatementShadow<F extends { connectToShadowDb?: () => Promise<unknown> }>(factory: F): F {
  const connect = factory.connectToShadowDb?.bind(factory);
  if (!connect) return factory;
  Object.assign(factory, {
    connectToShadowDb: async () => {
      const adapter = (await connect()) as ScriptAdapter;
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await adapter.executeScript(query.sql);
        return 0;
      };
      return adapter;
    },
  });
  return factory;
}

/**
 * PostgreSQL: the schema engine reads pg_catalog columns of type `name` (OID 19) and
 * `"char"` (OID 18), which adapter-pg 6.19.3 cannot map ("Column type 'name' could not be
 * deserialized"). Report them as text.
 */
export function reportPgNameColumnsAsText(): void {
  const TEXT = 25;
  const TEXT_ARRAY = 1009;
  const remap: Record<number, number> = { 18: TEXT, 19: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown; __parleyNameFix?: boolean };
  if (proto.__parleyNameFix) return;
  proto.__parleyNameFix = true;
  const query = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const result = query.apply(this, args) as Promise<{ fields?: { dataTypeID: number }[] }> | undefined;
    if (!result || typeof result.then !== "function") return result;
    return result.then((r) => {
      for (const field of r?.fields ?? []) field.dataTypeID = remap[field.dataTypeID] ?? field.dataTypeID;
      return r;
    });
  };
}

type PgScriptAdapter = { client: { query(sql: string): Promise<unknown> }; executeScript(sql: string): Promise<void> };

/**
 * PostgreSQL: adapter-pg 6.19.3 runs a migration by splitting it on every ";", which cuts a
 * PL/pgSQL function body (the content-version trigger) apart. PostgreSQL's simple query
 * protocol takes the whole script at once, in one implicit transaction: send it so.
 */
export function withWholePgScripts<F extends { connect(): Promise<unknown>; connectToShadowDb?(): Promise<unknown> }>(factory: F): F {
  const patch = (adapter: PgScriptAdapter) => {
    adapter.executeScript = async (sql) => {
      await adapter.client.query(sql);
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb?.bind(factory);
  Object.assign(factory, {
    connect: async () => patch((await connect()) as PgScriptAdapter),
    ...(connectToShadowDb ? { connectToShadowDb: async () => patch((await connectToShadowDb()) as PgScriptAdapter) } : {}),
  });
  return factory;
}
