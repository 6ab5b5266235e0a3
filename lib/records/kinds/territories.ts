import { CONTROL_STATUSES, TERRITORY_KINDS } from "@/lib/domain/enums";
import { CONTROL_STATUS_LABELS, TERRITORY_KIND_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { ownNegotiation } from "../scope";
import { choice, citations, day, number, text , ref} from "../fields";

/** An ISO 3166-2 subdivision code, e.g. UA-14. */
export const TERRITORY_CODE = /^[A-Z]{2}-[0-9A-Z]{1,3}$/;

export const territories = defineKind({
  type: "territories",
  model: "territory",
  key: "code",
  label: { one: "Territory", many: "Territories" },
  readOnly: ["version", "createdAt", "updatedAt"],
  columns: {
    negotiationId: ref("Negotiation", "negotiations", "negotiation"),
    code: text("ISO 3166-2 code", { max: 6, pattern: [TERRITORY_CODE, "ISO 3166-2 code, e.g. UA-14"] }),
    nameEn: text("Name (English)", { max: 120 }),
    nameUk: text("Name (Ukrainian)", { max: 120 }),
    kind: choice("Kind", TERRITORY_KINDS, { labels: TERRITORY_KIND_LABELS, message: "Choose a kind" }),
    controlStatus: choice("Control", CONTROL_STATUSES, { labels: CONTROL_STATUS_LABELS, message: "Choose a control status" }),
    russianControlPct: number("Share under Russian control (%)", { min: 0, max: 100, step: 0.1 }),
    controlAsOf: day("Control as of"),
    controlNote: text("Note on control", { max: 2000, required: false, control: "textarea" }),
  },
  links: { citations: citations() },
  check: async (tx, input, id) => {
    if (id && input.code !== id) return { code: "The code of an existing territory cannot change" };
    if (!id && (await tx.territory.findUnique({ where: { code: String(input.code) }, select: { code: true } }))) return { code: "A territory with this code exists" };
    return null;
  },
  scope: ownNegotiation,
  referencedBy: [],
  title: (r) => `${r.nameEn} (${r.code})`,
  list: { columns: ["code", "nameEn", "controlStatus", "russianControlPct"], search: ["code", "nameEn", "nameUk"], orderBy: { nameEn: "asc" } },
  readerPath: (code) => ({ path: `/territories/${encodeURIComponent(code)}` }),
});
