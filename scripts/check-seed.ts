// Checks the seed files without touching a database: `npx tsx scripts/check-seed.ts`.
import { readSeedData, SeedDataError } from "@/lib/seed/read";

try {
  const seed = readSeedData();
  const counts = {
    sources: seed.sources.length,
    actors: seed.actors.length,
    issues: seed.issues.length,
    positions: seed.positions.length,
    drafts: seed.drafts.length,
    points: seed.drafts.reduce((n, d) => n + d.points.length, 0),
    alignments: seed.alignments.length,
    pointReactions: seed["point-reactions"].length,
    territories: seed.territories.length,
    territoryClaims: seed.territories.reduce((n, t) => n + t.claims.length, 0),
    cards: seed.cards.length,
    briefings: seed.briefings.length,
    metrics: seed.metrics.length,
    metricValues: seed.metrics.reduce((n, m) => n + m.values.length, 0),
  };
  console.log("seed files are valid:", JSON.stringify(counts));
} catch (error) {
  if (!(error instanceof SeedDataError)) throw error;
  for (const problem of error.problems) console.error(problem);
  process.exit(1);
}
