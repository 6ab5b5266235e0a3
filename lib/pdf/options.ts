// What a PDF export may ask for, validated before any browser work starts. Shared by the
// export dialog, the export API, the print routes and the CLI.
import { z } from "zod";
import { negotiationSlug } from "@/lib/negotiations/schema";
import { day } from "@/lib/updates/schema";

export const PAPER_SIZES = ["A4", "Letter"] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const BRIEFING_SECTIONS = ["cards", "positions", "map", "compare", "charts", "sources"] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];
export const SECTION_LABELS: Record<BriefingSection, string> = {
  cards: "Briefing cards",
  positions: "Positions matrix for the briefing's issues",
  map: "Territorial map",
  compare: "Draft comparison",
  charts: "Charts",
  sources: "Sources appendix",
};

/** Panels exportable on their own, each with the same URL parameters as its page. */
export const PANELS = ["positions", "map", "compare", "charts"] as const;
export type Panel = (typeof PANELS)[number];

const paper = z.enum(PAPER_SIZES, { error: `Paper size must be one of: ${PAPER_SIZES.join(", ")}` }).default("A4");
const marking = z
  .string()
  .trim()
  .max(80, "At most 80 characters")
  .regex(/^[\p{L}\p{N} .,:;/()&+'-]*$/u, "Letters, digits, spaces and simple punctuation only")
  .optional();

/** The negotiation exported (its slug); without it, the first case. */
const negotiation = negotiationSlug.optional();

export const briefingExportSchema = z.strictObject({
  kind: z.literal("briefing"),
  negotiation,
  slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Not a briefing slug").max(80).optional(),
  paper,
  sections: z
    .array(z.enum(BRIEFING_SECTIONS, { error: `Sections are: ${BRIEFING_SECTIONS.join(", ")}` }))
    .min(1, "Choose at least one section")
    .max(BRIEFING_SECTIONS.length)
    .default([...BRIEFING_SECTIONS]),
  marking,
  /** Adds a "Changes since <day>" section: what readers could see change in this negotiation since then. */
  changesSince: day.optional(),
});

/**
 * A reader's digest: their updates since a day (by default since they last marked them read),
 * optionally only what they follow, optionally one negotiation. `email` names the reader for
 * the command line (npm run digest); in the app the digest is always the signed-in reader's.
 */
export const digestExportSchema = z.strictObject({
  kind: z.literal("digest"),
  negotiation,
  paper,
  marking,
  since: day.optional(),
  following: z.boolean().default(false),
  email: z.email("Not an email address").max(200).optional(),
});

export const panelExportSchema = z.strictObject({
  kind: z.enum(PANELS, { error: `Kind must be briefing, digest or one of: ${PANELS.join(", ")}` }),
  negotiation,
  paper,
  marking,
  /** The panel's own URL parameters (filters, layer, drafts), validated by the panel's schema. */
  params: z.record(z.string(), z.union([z.string().max(200), z.array(z.string().max(200)).max(50)])).default({}),
});

export type ExportRequest = z.output<typeof briefingExportSchema> | z.output<typeof panelExportSchema> | z.output<typeof digestExportSchema>;

/** Validates an export request by its kind, so errors name the field at fault (a ZodError → 400). */
export function parseExportRequest(input: unknown): ExportRequest {
  const kind = input && typeof input === "object" ? (input as { kind?: unknown }).kind : undefined;
  if (kind === "digest") return digestExportSchema.parse(input);
  return (kind === "briefing" ? briefingExportSchema : panelExportSchema).parse(input);
}
