import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { serialize } from "@/lib/json/serialized";
import { getArmyChart, getEventTimeline, getStanceDistribution, getTerritoryShares } from "./queries";

/** Everything the key charts need, in the shape the client receives. */
async function loadKeyChartsData() {
  const [army, stances, territories, events] = await Promise.all([getArmyChart(), getStanceDistribution(), getTerritoryShares(), getEventTimeline()]);
  return serialize({ army, stances, territories, events });
}

export const getKeyChartsData = cachedQuery("charts/index.getKeyChartsData", loadKeyChartsData);
