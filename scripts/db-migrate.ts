// npm run db:migrate — applies the committed migrations to DATABASE_URL's database.
import { migrateDatabase } from "@/lib/db/prepare";
import { parseDatabaseUrl, redact } from "@/lib/db/url";
import { runScript } from "./lib/cli";

await runScript(async () => {
  const target = parseDatabaseUrl();
  const { applied } = migrateDatabase(target);
  console.log(`${redact(target.url)}: ${applied ? `${applied} migration(s) applied` : "up to date"}`);
});
