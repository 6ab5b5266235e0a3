import "server-only";
// Everything a briefing PDF shows, loaded before the browser starts (so an unknown briefing is
// a 404 without any browser work): the briefing, and the sections asked for.
import { getBriefing, getLatestPublishedBriefing } from "@/lib/briefings/queries";
import { getKeyChartsData } from "@/lib/charts";
import { db } from "@/lib/db";
import { defaultComparison, getComparison, listDrafts } from "@/lib/drafts/queries";
import { getPositionMatrix } from "@/lib/positions/queries";
import { getMapData } from "@/lib/territories/queries";
import type { BriefingSection } from "./options";

export async function findBriefingForExport(negotiationId: string, slug: string | undefined, includeUnpublished: boolean) {
  return slug ? getBriefing(negotiationId, slug, includeUnpublished) : getLatestPublishedBriefing(negotiationId);
}

export async function loadBriefingDocument(negotiation: { id: string; title: string }, slug: string | undefined, sections: BriefingSection[], includeUnpublished: boolean) {
  const negotiationId = negotiation.id;
  const briefing = await findBriefingForExport(negotiationId, slug, includeUnpublished);
  if (!briefing) return null;
  const wants = new Set(sections);
  // The briefing's issues: those its cards are about (all issues when its cards name none).
  const issueIds = [...new Set(briefing.cards.flatMap(({ card }) => card.issues.map((i) => i.id)))];
  const drafts = wants.has("compare") ? await listDrafts(negotiationId) : [];
  const pair = await defaultComparison(negotiationId, drafts);
  const [matrix, mapData, comparison, charts, asOf] = await Promise.all([
    wants.has("positions") ? getPositionMatrix(negotiationId, { bloc: [], issue: issueIds }) : null,
    wants.has("map") ? getMapData(negotiationId) : null,
    wants.has("compare") && pair ? getComparison(negotiationId, pair.a, pair.b) : null,
    wants.has("charts") ? getKeyChartsData(negotiationId) : null,
    db.card.aggregate({ where: { negotiationId }, _max: { updatedAt: true } }),
  ]);
  return { negotiation, briefing, matrix, mapData, comparison, charts, asOf: asOf._max.updatedAt ?? briefing.updatedAt };
}

export type BriefingDocument = NonNullable<Awaited<ReturnType<typeof loadBriefingDocument>>>;

type Citation = BriefingDocument["briefing"]["cards"][number]["card"]["citations"][number];

/** Sources numbered in order of first citation, for the cards' [n] marks and the endnotes. */
export function numberSources(cards: { card: { citations: Citation[] } }[]) {
  const numbers = new Map<string, number>();
  const sources: Citation["source"][] = [];
  for (const { card } of cards) {
    for (const c of card.citations) {
      if (numbers.has(c.source.id)) continue;
      numbers.set(c.source.id, sources.length + 1);
      sources.push(c.source);
    }
  }
  return { numbers, sources };
}
