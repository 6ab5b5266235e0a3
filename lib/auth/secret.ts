// The key that signs session cookies. Set BETTER_AUTH_SECRET (the same on every instance) to
// choose it; otherwise npm start generates one on first run and keeps it in the data directory.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EnvError } from "@/lib/env";

export const SECRET_FILE = path.join("data", "auth-secret");
const MIN_LENGTH = 32;

export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env, file = SECRET_FILE): { secret: string; origin: "environment" | "file" | "generated" } {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_LENGTH) throw new EnvError(`BETTER_AUTH_SECRET is invalid: use at least ${MIN_LENGTH} random characters (e.g. openssl rand -base64 32)`);
    return { secret: fromEnv, origin: "environment" };
  }
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= MIN_LENGTH) return { secret: stored, origin: "file" };
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return { secret, origin: "generated" };
}
