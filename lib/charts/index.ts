import "server-only";
import { serialize } from "@/lib/json/serialized";
import { getArmyChart, getEventTimeline, getStanceDistribution, getTerritoryShares } from "./queries";

/** Everything the key charts need, in the shape the client receives. */
export async function getKeyChartsData() {
  const [army, stances, territories, events] = await Promise.all([getArmyChart(), getStanceDistribution(), getTerritoryShares(), getEventTimeline()]);
  return serialize({ army, stances, territories, events });
}
