// The seed the e2e database was loaded with: tests derive what the reader should see from it
// instead of hard-coding figures.
import { firstCaseSeed } from "../../lib/seed/scope";
import { readSeedData } from "../../lib/seed/read";

/** The first case's part of the seed: the views the e2e tests read are the first case's. */
export const seed = firstCaseSeed(readSeedData());

export const publishedCards = seed.cards.filter((c) => c.status === "published");

/** The latest briefing with status published, as the dashboard picks it. */
export const latestBriefing = seed.briefings
  .filter((b) => b.status === "published")
  .sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""))[0];

/** Statements of one actor on one issue, oldest first (file order breaks ties). */
export function statements(actor: string, issue: string) {
  return seed.positions
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.actorId === actor && p.issueId === issue)
    .sort((x, y) => x.p.statedAt.localeCompare(y.p.statedAt) || x.i - y.i)
    .map(({ p }) => p);
}

/** An actor × issue pair whose stance changed over time, for the history tests. */
export function changedPair() {
  for (const p of seed.positions) {
    const list = statements(p.actorId, p.issueId);
    if (new Set(list.map((s) => s.stance)).size > 1) return { actor: p.actorId, issue: p.issueId, list };
  }
  throw new Error("the seed has no actor whose stance on an issue changed");
}

/** The first case (the seed's first published negotiation): old addresses lead to it. */
export const firstCase = seed.negotiations.find((n) => n.status === "published")!;

/** A view of the first case: `N("/positions?bloc=x")` → `/n/<slug>/positions?bloc=x`. */
export const N = (view = "") => `/n/${firstCase.slug}${view}`;
