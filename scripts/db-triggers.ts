// npm run -s db:triggers -- <sqlite|postgres> <Table> [<Table> …]: prints the content-version
// triggers for new content tables, to paste into their migration (see lib/freshness/triggers.ts).
import { PG_FUNCTION, postgresTriggers, sqliteTriggers } from "@/lib/freshness/triggers";
import { runScript, UsageError } from "./lib/cli";

await runScript(async () => {
  const [provider, ...tables] = process.argv.slice(2);
  if (!tables.length || (provider !== "sqlite" && provider !== "postgres")) throw new UsageError("usage: npm run -s db:triggers -- <sqlite|postgres> <Table> [<Table> …]");
  console.log(provider === "sqlite" ? sqliteTriggers(tables) : `${PG_FUNCTION}\n\n${postgresTriggers(tables)}`);
});
