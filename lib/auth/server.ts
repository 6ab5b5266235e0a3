import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db, dbProvider } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { SIGN_IN_RATE_LIMIT } from "./limits";
import { resolveAuthSecret } from "./secret";
import { ownOrigins } from "./origin";

/**
 * Email + password accounts, sessions in the database (so every app instance behind a load
 * balancer shares them, and signing out everywhere takes effect at once), login rate limits
 * counted in the database (shared by every instance too). Accounts are made by an admin or the
 * users CLI: there is no self sign-up.
 */
function createAuth(client: Db, provider: "sqlite" | "postgresql") {
  return betterAuth({
    appName: "Parley",
    logger: { level: "error" },
    database: prismaAdapter(client, { provider }),
    // BETTER_AUTH_SECRET and BETTER_AUTH_URL come from the environment (npm start provides the
    // secret). Without BETTER_AUTH_URL the base URL, and so the one trusted origin, is that of
    // each request. (Not the "dynamic" allowedHosts form: with a wildcard host it would trust
    // every https origin.)
    baseURL: process.env.BETTER_AUTH_URL || undefined,
    // The environment's key, else the one npm start keeps in the data directory (so `npm run
    // serve` after a first `npm start` works too). Tests run with better-auth's test key.
    secret: process.env.BETTER_AUTH_SECRET || (process.env.NODE_ENV === "test" ? undefined : resolveAuthSecret().secret),
    trustedOrigins: async (request) => (request ? ownOrigins(request) : []),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "analyst" },
        banned: { type: "boolean", input: false, defaultValue: false },
      },
    },
    session: {
      // No cookie cache: every request reads the session row, so a revoked session or a changed
      // role takes effect on the next request, on every instance.
      cookieCache: { enabled: false },
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": SIGN_IN_RATE_LIMIT },
    },
    advanced: {
      // Secure cookies whenever the public URL is https (set BETTER_AUTH_URL behind TLS).
      useSecureCookies: process.env.BETTER_AUTH_URL?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account cannot start a session.
          before: async (session) => {
            const user = await client.user.findUnique({ where: { id: session.userId }, select: { banned: true } });
            return user?.banned ? false : undefined;
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per database client: the app has one; tests point `@/lib/db` at a fresh
// database per test and get a matching instance.
const instances = new WeakMap<Db, Auth>();

export function getAuth(): Auth {
  const client = db;
  let instance = instances.get(client);
  if (!instance) {
    instance = createAuth(client, dbProvider);
    instances.set(client, instance);
  }
  return instance;
}
