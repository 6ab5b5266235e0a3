// npm start — the one command that gets Parley running on a fresh machine: checks the
// configuration, migrates and (only when empty) seeds the database, builds when the
// sources changed since the last build, then serves the app.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { migrateDatabase, SetupError } from "@/lib/db/prepare";
import { parseDatabaseUrl, redact } from "@/lib/db/url";
import { readEnv } from "@/lib/env";
import { resolveAuthSecret, SECRET_FILE } from "@/lib/auth/secret";
import { isContentEmpty, loadSeed } from "@/lib/seed/load";
import { ensureFirstAdmin } from "@/lib/users/accounts";
import { readSeedData } from "@/lib/seed/read";
import { isBuildCurrent, recordBuild } from "./lib/build";
import { runScript, steps } from "./lib/cli";

const bin = (name: string) => path.join("node_modules", ".bin", name);

await runScript(async () => {
  const step = steps(6);

  step("Checking configuration");
  const env = readEnv();
  const target = parseDatabaseUrl(env.DATABASE_URL);
  // Checked before anything is written, so a bad seed file never leaves a half-made database.
  const seed = readSeedData();
  const { secret, origin } = resolveAuthSecret();
  if (origin === "generated") console.log(`      generated a session-signing key in ${SECRET_FILE} (set BETTER_AUTH_SECRET to choose one)`);
  const where = target.provider === "sqlite" ? path.relative(process.cwd(), target.file) || target.file : redact(target.url);

  step(`Migrating the ${target.provider === "sqlite" ? "SQLite" : "PostgreSQL"} database (${where})`);
  const { applied } = migrateDatabase(target);
  if (applied) console.log(`      ${applied} migration(s) applied`);

  const db = createPrismaClient(target);
  try {
    if (await isContentEmpty(db)) {
      step("Seeding the empty database with the first case");
      const created = await loadSeed(db, seed);
      console.log(`      ${created.cards} cards, ${created.positions} positions, ${created.sources} sources`);
    } else {
      step("Database already holds content: not seeding");
    }
    const admin = await ensureFirstAdmin(db);
    if (admin) {
      step("Creating the first admin account");
      console.log(`      email:    ${admin.email}`);
      console.log(`      password: ${admin.password}   (shown once: note it now)`);
      console.log(`      change it: npm run users -- reset-password --email ${admin.email}`);
    } else {
      step("Accounts exist: not creating an admin");
    }
  } finally {
    await db.$disconnect();
  }

  if (isBuildCurrent()) {
    step("Build is up to date");
  } else {
    step("Building the app (about a minute)");
    const build = spawnSync(bin("next"), ["build"], { encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) {
      process.stderr.write(build.stdout + build.stderr);
      throw new SetupError("next build failed (output above)");
    }
    recordBuild();
  }

  const host = env.HOST === "0.0.0.0" ? "localhost" : env.HOST;
  step(`Serving on http://${host}:${env.PORT} (Ctrl+C to stop)`);
  const server = spawn(bin("next"), ["start", "-p", String(env.PORT), "-H", env.HOST], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BETTER_AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
});
