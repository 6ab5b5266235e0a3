import { CONTROL_EXTENTS } from "@/lib/domain/enums";
import { CONTROL_EXTENT_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { ownNegotiation } from "../scope";
import { choice, citations, day, names, number, ref, text } from "../fields";

/**
 * A territory's code: an ISO 3166-1 or 3166-2 code (FR-75, CY) or an area id an editor defines
 * (north-buffer-zone): letters, digits and hyphens, unique within its negotiation.
 */
export const TERRITORY_CODE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?$/;

export const territories = defineKind({
  type: "territories",
  model: "territory",
  key: "id",
  label: { one: "Territory", many: "Territories" },
  readOnly: ["id", "version", "createdAt", "updatedAt"],
  columns: {
    negotiationId: ref("Negotiation", "negotiations", "negotiation"),
    code: text("Code", { max: 64, pattern: [TERRITORY_CODE, "An ISO 3166 code such as FR-75 or an area id such as north-buffer-zone"], hint: "ISO 3166-1 / 3166-2 code, or an area id of your own; the map matches it" }),
    names: names("Names", { hint: "One per line: language code, colon, name (en: Northern Region). English is required." }),
    kind: text("Kind", { max: 80, hint: "e.g. province, governorate, city, zone, line, crossing" }),
    controlledById: ref("Controlled by", "actors", "actor", { required: false, hint: "The actor whose control the extent and share describe" }),
    controlExtent: choice("How much of it that actor holds", CONTROL_EXTENTS, { labels: CONTROL_EXTENT_LABELS, required: false }),
    controlSharePct: number("Share held by that actor (%)", { min: 0, max: 100, step: 0.1 }),
    controlAsOf: day("Control as of"),
    controlNote: text("Note on control", { max: 2000, required: false, control: "textarea" }),
  },
  links: { citations: citations() },
  refine: (t, ctx) => {
    if (!t.controlledById && (t.controlExtent || t.controlSharePct !== null)) ctx.addIssue({ code: "custom", path: ["controlledById"], message: "Name the actor whose control this is" });
  },
  check: async (tx, input, id) => {
    const clash = await tx.territory.findFirst({ where: { negotiationId: String(input.negotiationId), code: String(input.code), ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
    return clash ? { code: "This negotiation already has a territory with this code" } : null;
  },
  scope: ownNegotiation,
  referencedBy: [],
  title: (r) => `${(r.names as Record<string, string> | null)?.en ?? r.code} (${r.code})`,
  list: { columns: ["code", "names", "kind", "controlSharePct"], search: ["code", "kind"], orderBy: { code: "asc" } },
  readerPath: (_id, input) => ({ path: `/territories/${encodeURIComponent(String(input.code))}` }),
});
