// npm run db:backup [-- --out <file>] — a consistent copy of DATABASE_URL's database.
import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupPath } from "@/lib/db/backup";
import { parseDatabaseUrl } from "@/lib/db/url";
import { runScript } from "./lib/cli";

await runScript(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const target = parseDatabaseUrl();
  const out = values.out ?? defaultBackupPath(target);
  await backupDatabase(target, out);
  console.log(`Backup written to ${out}`);
});
