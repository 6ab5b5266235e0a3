// One negotiation's part of the seed: its own records, every shared one (sources, actors), and
// only its own map. Tests and scripts that speak of "the first case" read the seed through it.
import type { SeedData } from "./schema";

export function negotiationSeed(seed: SeedData, negotiationId: string): SeedData {
  const own = <T extends { negotiationId: string }>(list: T[]) => list.filter((r) => r.negotiationId === negotiationId);
  const drafts = own(seed.drafts);
  const draftIds = new Set(drafts.map((d) => d.id));
  const points = seed["draft-points"].filter((p) => draftIds.has(p.draftId));
  const pointIds = new Set(points.map((p) => p.id));
  const issues = own(seed.issues);
  const issueIds = new Set(issues.map((i) => i.id));
  const territories = own(seed.territories);
  const territoryIds = new Set(territories.map((t) => t.id));
  const metrics = own(seed.metrics);
  const metricIds = new Set(metrics.map((m) => m.id));
  return {
    ...seed,
    negotiations: seed.negotiations.filter((n) => n.id === negotiationId),
    issues,
    territories,
    metrics,
    drafts,
    "draft-points": points,
    alignments: seed.alignments.filter((a) => draftIds.has(a.fromDraftId)),
    "point-reactions": seed["point-reactions"].filter((r) => pointIds.has(r.pointId)),
    positions: seed.positions.filter((p) => issueIds.has(p.issueId)),
    claims: seed.claims.filter((c) => territoryIds.has(c.territoryId)),
    "metric-values": seed["metric-values"].filter((v) => metricIds.has(v.metricId)),
    cards: own(seed.cards),
    briefings: own(seed.briefings),
    maps: (seed.maps ?? []).filter((m) => m.negotiationId === negotiationId),
  };
}

/** The first case's part of the seed (the first negotiation of the top-level negotiations.json). */
export function firstCaseSeed(seed: SeedData): SeedData {
  return negotiationSeed(seed, seed.negotiations[0].id);
}
