// The map's layers: what each territory is shaded as under the selected layer. Pure functions,
// shared by the map, its text-table alternative and the PDF.
import type { ControlExtent, TerritoryClaimKind } from "@/lib/domain/enums";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { controlExtentOf } from "./control";

export type LayerId = "control" | `draft:${string}` | `bloc:${string}`;

export type MapTerritory = {
  code: string;
  name: string;
  controlledBy: { id: string; name: string } | null;
  controlExtent: ControlExtent | null;
  controlSharePct: number | null;
  controlAsOf: Date | string | null;
};
export type MapClaim = { territoryCode: string; claim: TerritoryClaimKind; draftId: string | null; actorBloc: string | null; summary: string };

/** One shading class: its key (for colour and pattern), the legend label. */
export type Shade = { key: string; label: string };

/** Shares held by the controller, in buckets (upper bounds, %). */
const BUCKETS = [
  { max: 0, label: (who: string) => `None held by ${who}` },
  { max: 10, label: (who: string) => `Under 10% held by ${who}` },
  { max: 50, label: (who: string) => `10–50% held by ${who}` },
  { max: 90, label: (who: string) => `50–90% held by ${who}` },
  { max: 100, label: (who: string) => `Over 90% held by ${who}` },
] as const;
export const CONTROL_NOT_STATED: Shade = { key: "control-none-stated", label: "Control not stated" };

/**
 * The controllers of a map's territories, the one holding most territories first: the first is
 * shaded in oranges ("control-…"), every other in blues ("control-alt-…"), so two controllers
 * are never told apart by the legend's words alone.
 */
export function controllersOf(territories: Pick<MapTerritory, "controlledBy">[]): string[] {
  const counts = new Map<string, number>();
  for (const t of territories) if (t.controlledBy) counts.set(t.controlledBy.id, (counts.get(t.controlledBy.id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

export function controlShade(t: Omit<MapTerritory, "code" | "name" | "controlAsOf">, controllers: readonly string[]): Shade {
  const extent = controlExtentOf(t);
  if (!t.controlledBy || extent === null) return CONTROL_NOT_STATED;
  const who = t.controlledBy.name;
  const palette = controllers.indexOf(t.controlledBy.id) <= 0 ? "control" : "control-alt";
  if (extent === "none") return { key: "control-0", label: BUCKETS[0].label(who) };
  if (t.controlSharePct === null) {
    return extent === "full" ? { key: `${palette}-4`, label: BUCKETS[4].label(who) } : { key: `${palette}-unknown`, label: `Part held by ${who}, share not stated` };
  }
  const pct = t.controlSharePct;
  const bucket = Math.max(1, BUCKETS.findIndex((b) => pct <= b.max));
  return { key: `${palette}-${bucket}`, label: BUCKETS[bucket].label(who) };
}

/** Precedence when a layer makes several claims on one territory: the most far-reaching shades it. */
export const CLAIM_ORDER: TerritoryClaimKind[] = [
  "recognised_de_jure",
  "recognised_de_facto",
  "withdrawal",
  "international_administration",
  "security_perimeter",
  "demilitarised_zone",
  "frozen_on_line",
  "subject_to_negotiation",
  "no_recognition",
  "to_be_returned",
  "remains_with_holder",
];
export const NO_CLAIM: Shade = { key: "none", label: "Nothing specified" };

/** The label of a claim kind in a legend. */
const claimShade = (claim: TerritoryClaimKind): Shade => ({ key: claim, label: TERRITORY_CLAIM_LABELS[claim] });

export function claimsInLayer(layer: LayerId, claims: MapClaim[]): MapClaim[] {
  if (layer === "control") return [];
  const [kind, value] = [layer.slice(0, layer.indexOf(":")), layer.slice(layer.indexOf(":") + 1)];
  return claims.filter((c) => (kind === "draft" ? c.draftId === value : c.actorBloc === value));
}

export type RegionShading = { shade: Shade; claims: MapClaim[] };

/** What each territory shows under a layer, keyed by ISO code. */
export function shadeTerritories(layer: LayerId, territories: MapTerritory[], claims: MapClaim[]): Record<string, RegionShading> {
  const inLayer = claimsInLayer(layer, claims);
  const controllers = controllersOf(territories);
  const result: Record<string, RegionShading> = {};
  for (const t of territories) {
    if (layer === "control") {
      result[t.code] = { shade: controlShade(t, controllers), claims: [] };
      continue;
    }
    const own = inLayer.filter((c) => c.territoryCode === t.code).sort((a, b) => CLAIM_ORDER.indexOf(a.claim) - CLAIM_ORDER.indexOf(b.claim));
    result[t.code] = { shade: own.length ? claimShade(own[0].claim) : NO_CLAIM, claims: own };
  }
  return result;
}

/** The legend entries a layer uses, in a stable order (for control: by controller, then by share). */
export function legendFor(layer: LayerId, shading: Record<string, RegionShading>): Shade[] {
  const used = new Map<string, Shade>();
  for (const { shade } of Object.values(shading)) used.set(`${shade.key} ${shade.label}`, shade);
  const order =
    layer === "control"
      ? ["control-0", "control-1", "control-2", "control-3", "control-4", "control-unknown", "control-alt-1", "control-alt-2", "control-alt-3", "control-alt-4", "control-alt-unknown", CONTROL_NOT_STATED.key]
      : [...CLAIM_ORDER, NO_CLAIM.key];
  return [...used.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || a.label.localeCompare(b.label));
}
