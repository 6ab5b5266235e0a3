// npm run db:reset — deletes the embedded SQLite database (after a confirmation flag) so the
// next `npm start` creates, migrates and seeds a fresh one. PostgreSQL is never dropped here.
import { rmSync } from "node:fs";
import { parseDatabaseUrl } from "@/lib/db/url";
import { SetupError } from "@/lib/db/prepare";
import { runScript } from "./lib/cli";

await runScript(async () => {
  const target = parseDatabaseUrl();
  if (target.provider !== "sqlite") {
    throw new SetupError("db:reset only deletes the embedded SQLite file; drop a PostgreSQL database with your own tools");
  }
  if (!process.argv.includes("--yes")) {
    throw new SetupError(`this deletes ${target.file} and everything editors saved in it; run again with: npm run db:reset -- --yes`);
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
  console.log(`deleted ${target.file}; npm start will create and seed a fresh database`);
});
