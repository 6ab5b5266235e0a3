// Checks the seed files without touching a database: `npx tsx scripts/check-seed.ts`.
import { readSeedData, SeedDataError } from "@/lib/seed/read";

try {
  const seed = readSeedData();
  const counts = Object.fromEntries(Object.entries(seed).map(([kind, records]) => [kind, records.length]));
  console.log("seed files are valid:", JSON.stringify(counts));
} catch (error) {
  if (!(error instanceof SeedDataError)) throw error;
  for (const problem of error.problems) console.error(problem);
  process.exit(1);
}
