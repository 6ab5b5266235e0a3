// Every issue a stance is recorded on says what the stance is about: the positions matrix shows
// "supports" or "opposes" against the issue, and a topic title ("Territory: …") does not say what
// is supported. So each such issue of a published negotiation carries a proposition, one
// statement of the thing on the table, not a question and not the title again.
import { describe, expect, it } from "vitest";
import { readSeedData } from "@/lib/seed/read";

const seed = readSeedData();
const published = seed.negotiations.filter((n) => n.status === "published");
const withStances = new Set(seed.positions.map((p) => p.issueId));
const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

describe("issue propositions in the seed", () => {
  it("has published negotiations with stances to check", () => {
    expect(published.length).toBeGreaterThan(0);
    for (const n of published) {
      const stanced = seed.issues.filter((i) => i.negotiationId === n.id && withStances.has(i.id));
      expect(stanced.length, `${n.slug}: no issue with a recorded stance`).toBeGreaterThan(0);
    }
  });

  for (const n of published) {
    describe(n.slug, () => {
      const issues = seed.issues.filter((i) => i.negotiationId === n.id && withStances.has(i.id));
      it.each(issues.map((i) => [i.id, i] as const))("%s states the proposition its stances refer to", (_id, issue) => {
        const proposition = (issue.proposition ?? "").trim();
        expect(proposition, "no proposition").not.toBe("");
        expect(proposition.endsWith("?"), `a question, not a statement: "${proposition}"`).toBe(false);
        expect(proposition.split(/\s+/).length, `too short to be a statement: "${proposition}"`).toBeGreaterThanOrEqual(3);
        expect(normalise(proposition), "repeats the title").not.toBe(normalise(issue.title));
      });
    });
  }
});
