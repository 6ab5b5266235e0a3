// The map's layers: what each territory is shaded as under the selected layer. Pure functions,
// shared by the map, its text-table alternative and the PDF.
import type { ControlStatus, TerritoryClaimKind } from "@/lib/domain/enums";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";

export type LayerId = "control" | `draft:${string}` | `bloc:${string}`;

export type MapTerritory = { code: string; nameEn: string; controlStatus: ControlStatus; russianControlPct: number | null; controlAsOf: Date | string | null };
export type MapClaim = { territoryCode: string; claim: TerritoryClaimKind; draftId: string | null; actorBloc: string | null; summary: string };

/** One shading class: its key (for colour and pattern), the legend label. */
export type Shade = { key: string; label: string };

export const CONTROL_SHADES = [
  { key: "control-0", label: "No Russian control", max: 0 },
  { key: "control-1", label: "Under 10% under Russian control", max: 10 },
  { key: "control-2", label: "10–50% under Russian control", max: 50 },
  { key: "control-3", label: "50–90% under Russian control", max: 90 },
  { key: "control-4", label: "Over 90% under Russian control", max: 100 },
] as const;
export const CONTROL_UNKNOWN: Shade = { key: "control-unknown", label: "Partly under Russian control, share not reported" };

/** Precedence when a layer makes several claims on one territory: the most far-reaching shades it. */
export const CLAIM_ORDER: TerritoryClaimKind[] = [
  "recognised_de_jure",
  "recognised_de_facto",
  "ukrainian_withdrawal",
  "demilitarised_zone",
  "frozen_on_contact_line",
  "subject_to_negotiation",
  "no_recognition",
  "to_be_returned",
  "remains_ukrainian",
];
export const NO_CLAIM: Shade = { key: "none", label: "Nothing specified" };

export function controlShade(t: Pick<MapTerritory, "controlStatus" | "russianControlPct">): Shade {
  if (t.russianControlPct === null) {
    return t.controlStatus === "ukrainian_control" ? CONTROL_SHADES[0] : t.controlStatus === "occupied" ? CONTROL_SHADES[4] : CONTROL_UNKNOWN;
  }
  const pct = t.russianControlPct;
  return CONTROL_SHADES.find((s) => pct <= s.max) ?? CONTROL_SHADES[4];
}

export function claimsInLayer(layer: LayerId, claims: MapClaim[]): MapClaim[] {
  if (layer === "control") return [];
  const [kind, value] = [layer.slice(0, layer.indexOf(":")), layer.slice(layer.indexOf(":") + 1)];
  return claims.filter((c) => (kind === "draft" ? c.draftId === value : c.actorBloc === value));
}

export type RegionShading = { shade: Shade; claims: MapClaim[] };

/** What each territory shows under a layer, keyed by ISO code. */
export function shadeTerritories(layer: LayerId, territories: MapTerritory[], claims: MapClaim[]): Record<string, RegionShading> {
  const inLayer = claimsInLayer(layer, claims);
  const result: Record<string, RegionShading> = {};
  for (const t of territories) {
    if (layer === "control") {
      result[t.code] = { shade: controlShade(t), claims: [] };
      continue;
    }
    const own = inLayer.filter((c) => c.territoryCode === t.code).sort((a, b) => CLAIM_ORDER.indexOf(a.claim) - CLAIM_ORDER.indexOf(b.claim));
    result[t.code] = { shade: own.length ? { key: own[0].claim, label: TERRITORY_CLAIM_LABELS[own[0].claim] } : NO_CLAIM, claims: own };
  }
  return result;
}

/** The legend entries a layer uses, in a stable order. */
export function legendFor(layer: LayerId, shading: Record<string, RegionShading>): Shade[] {
  const used = new Set(Object.values(shading).map((s) => s.shade.key));
  const all: Shade[] =
    layer === "control"
      ? [...CONTROL_SHADES, CONTROL_UNKNOWN]
      : [...CLAIM_ORDER.map((key) => ({ key, label: TERRITORY_CLAIM_LABELS[key] })), NO_CLAIM];
  return all.filter((s) => used.has(s.key));
}
