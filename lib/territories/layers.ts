// The map's layers: what each territory is shaded as under the selected layer, what the legend
// lists and what a region's hover text says. Pure functions, shared by the map, its text-table
// alternative and the PDF.
import type { ControlExtent, TerritoryClaimKind } from "@/lib/domain/enums";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { controlExtentOf, controlSummary } from "./control";

export type LayerId = "control" | `draft:${string}` | `bloc:${string}`;

export type MapTerritory = {
  code: string;
  name: string;
  controlledBy: { id: string; name: string } | null;
  controlExtent: ControlExtent | null;
  controlSharePct: number | null;
  controlAsOf: Date | string | null;
};
/** One claim on a territory: a draft's provision (draftId) or an actor's position (actor, actorBloc). */
export type MapClaim = { territoryCode: string; claim: TerritoryClaimKind; draftId: string | null; actorBloc: string | null; actor?: string | null; summary: string };

/** One shading class: its key (for colour and pattern), the legend label. */
export type Shade = { key: string; label: string };

/**
 * Shares held by the controller, in buckets: each holds the shares from the previous bound up
 * to (not including) its own, the last everything from 90% to 100%. 0% is the "none" class.
 */
const BUCKETS = [
  { below: 0, label: (who: string) => `None held by ${who}` },
  { below: 10, label: (who: string) => `Under 10% held by ${who}` },
  { below: 50, label: (who: string) => `10–50% held by ${who}` },
  { below: 90, label: (who: string) => `50–90% held by ${who}` },
  { below: Infinity, label: (who: string) => `90% or more held by ${who}` },
] as const;
export const CONTROL_NOT_STATED: Shade = { key: "control-none-stated", label: "Control not stated" };

/** The keys of the control layer, in legend order: the main controller's scale, then the others', then "not stated". */
export const CONTROL_ORDER = [
  ...["control", "control-alt"].flatMap((p) => [`${p}-0`, `${p}-1`, `${p}-2`, `${p}-3`, `${p}-4`, `${p}-unknown`, `${p}-unstated`]),
  CONTROL_NOT_STATED.key,
];

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
  if (!t.controlledBy) return CONTROL_NOT_STATED;
  const extent = controlExtentOf(t);
  const who = t.controlledBy.name;
  const palette = controllers.indexOf(t.controlledBy.id) <= 0 ? "control" : "control-alt";
  // A controller named with neither extent nor share: held by them, how much not reported.
  if (extent === null) return { key: `${palette}-unstated`, label: `Held by ${who}, how much not reported` };
  // "None" only when the record says so: the extent "none", or a share of 0 with no extent.
  if (extent === "none") return { key: `${palette}-0`, label: BUCKETS[0].label(who) };
  if (t.controlSharePct === null) {
    return extent === "full" ? { key: `${palette}-4`, label: BUCKETS[4].label(who) } : { key: `${palette}-unknown`, label: `Part held by ${who}, share not reported` };
  }
  const pct = t.controlSharePct;
  // A part held whose share rounds to 0 is still a part: the lowest bucket above none.
  const bucket = Math.max(1, BUCKETS.findIndex((b) => pct < b.below));
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
/** Drawn over a region's shade when the layer makes more than one claim on it. */
export const SEVERAL_CLAIMS: Shade = { key: "several", label: "Several claims (diamonds over the most far-reaching one's shade)" };

/** The label of a claim kind in a legend. */
const claimShade = (claim: TerritoryClaimKind): Shade => ({ key: claim, label: TERRITORY_CLAIM_LABELS[claim] });

export function claimsInLayer(layer: LayerId, claims: MapClaim[]): MapClaim[] {
  if (layer === "control") return [];
  const [kind, value] = [layer.slice(0, layer.indexOf(":")), layer.slice(layer.indexOf(":") + 1)];
  return claims.filter((c) => (kind === "draft" ? c.draftId === value : c.actorBloc === value));
}

/** A region under a layer: its shade, the layer's claims on it (most far-reaching first), and whether there are several. */
export type RegionShading = { shade: Shade; claims: MapClaim[]; several: boolean };

/** What each territory shows under a layer, keyed by ISO code. */
export function shadeTerritories(layer: LayerId, territories: MapTerritory[], claims: MapClaim[]): Record<string, RegionShading> {
  const inLayer = claimsInLayer(layer, claims);
  const controllers = controllersOf(territories);
  const result: Record<string, RegionShading> = {};
  for (const t of territories) {
    if (layer === "control") {
      result[t.code] = { shade: controlShade(t, controllers), claims: [], several: false };
      continue;
    }
    // Stable sort: claims of one kind keep the order they were recorded in.
    const own = inLayer.filter((c) => c.territoryCode === t.code).sort((a, b) => CLAIM_ORDER.indexOf(a.claim) - CLAIM_ORDER.indexOf(b.claim));
    result[t.code] = { shade: own.length ? claimShade(own[0].claim) : NO_CLAIM, claims: own, several: own.length > 1 };
  }
  return result;
}

/** The kinds of a region's claims in words, most far-reaching first, a repeated kind counted: "Withdrawal of forces (2); To be returned". */
export function claimKindsText(claims: Pick<MapClaim, "claim">[]): string {
  const counts = new Map<TerritoryClaimKind, number>();
  for (const c of claims) counts.set(c.claim, (counts.get(c.claim) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => CLAIM_ORDER.indexOf(a[0]) - CLAIM_ORDER.indexOf(b[0]))
    .map(([kind, n]) => (n > 1 ? `${TERRITORY_CLAIM_LABELS[kind]} (${n})` : TERRITORY_CLAIM_LABELS[kind]))
    .join("; ");
}

/** What the layer says of a region, without its name: "Nothing specified", "Withdrawal of forces", "3 claims: …". */
export function layerText(shading: RegionShading | undefined): string {
  if (!shading || !shading.claims.length) return NO_CLAIM.label;
  return shading.several ? `${shading.claims.length} claims: ${claimKindsText(shading.claims)}` : shading.shade.label;
}

/**
 * A region's hover and focus text (and its accessible name): its name, then under the control
 * layer its control; under a draft's or a bloc's layer each claim that layer makes, then its control.
 */
export function regionDescription(layer: LayerId, t: Omit<MapTerritory, "code">, shading: RegionShading | undefined): string {
  const control = controlSummary(t);
  if (layer === "control") return `${t.name}: ${control}`;
  return `${t.name}: ${layerText(shading)}. Control: ${control}`;
}

/** One entry of the legend: a fill (a shade the map draws), the several-claims overlay, an outline-only shape, or the territories without a shape. */
export type LegendEntry = Shade & { kind: "fill" | "overlay" | "outline" | "undrawn" };
export const OUTLINE_ONLY: LegendEntry = { key: "outline", label: "Outline only: not a territory of this negotiation", kind: "outline" };

/**
 * The legend of what the map draws: every shade its drawn regions use (and nothing else), in a
 * stable order (control: by controller, then by share; claims: by CLAIM_ORDER, then "Nothing
 * specified"), then the several-claims overlay if any region has it, the outline-only shapes if
 * any are drawn, and how many territories have no shape (they are listed under the map).
 */
export function legendFor(layer: LayerId, shading: Record<string, RegionShading>, extra: { outlines?: number; undrawn?: number } = {}): LegendEntry[] {
  const used = new Map<string, Shade>();
  for (const { shade } of Object.values(shading)) used.set(`${shade.key} ${shade.label}`, shade);
  const order: string[] = layer === "control" ? CONTROL_ORDER : [...CLAIM_ORDER, NO_CLAIM.key];
  const fills: LegendEntry[] = [...used.values()]
    .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || a.label.localeCompare(b.label))
    .map((s) => ({ ...s, kind: "fill" }));
  const entries = [...fills];
  if (Object.values(shading).some((s) => s.several)) entries.push({ ...SEVERAL_CLAIMS, kind: "overlay" });
  if (extra.outlines) entries.push(OUTLINE_ONLY);
  if (extra.undrawn) {
    const n = extra.undrawn;
    entries.push({ key: "undrawn", label: `No shape on this map: ${n} ${n === 1 ? "territory" : "territories"}, listed below`, kind: "undrawn" });
  }
  return entries;
}
