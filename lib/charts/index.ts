import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { serialize } from "@/lib/json/serialized";
import { getFiguresChart, getEventTimeline, getStanceDistribution, getTerritoryShares } from "./queries";

/** Everything one negotiation's key charts need, in the shape the client receives. */
async function loadKeyChartsData(negotiationId: string) {
  const [figures, stances, territories, events] = await Promise.all([getFiguresChart(negotiationId), getStanceDistribution(negotiationId), getTerritoryShares(negotiationId), getEventTimeline(negotiationId)]);
  return serialize({ figures, stances, territories, events });
}

export const getKeyChartsData = cachedQuery("charts/index.getKeyChartsData", loadKeyChartsData);
