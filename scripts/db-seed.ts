// npm run db:seed — adds the seed records that are missing; never changes existing ones.
import { createPrismaClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";
import { loadSeed } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read";
import { runScript } from "./lib/cli";

await runScript(async () => {
  const seed = readSeedData();
  const target = parseDatabaseUrl();
  migrateDatabase(target);
  const db = createPrismaClient(target);
  try {
    const created = await loadSeed(db, seed);
    const total = Object.values(created).reduce((a, b) => a + b, 0);
    console.log(total ? `seeded: ${JSON.stringify(created)}` : "seed: nothing missing, nothing changed");
  } finally {
    await db.$disconnect();
  }
});
