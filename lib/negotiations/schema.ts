import { z } from "zod";

/** A negotiation's slug, as its kind validates it (lib/records/kinds/negotiations.ts). */
export const negotiationSlug = z
  .string()
  .trim()
  .max(80, "at most 80 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "not a negotiation slug (lower-case letters, digits and hyphens)");

/** The `negotiation` parameter of the reader APIs. */
export const negotiationQuerySchema = z.object({ negotiation: negotiationSlug });
export const optionalNegotiationQuerySchema = z.object({ negotiation: negotiationSlug.optional() });

/** The cookie that remembers the negotiation a reader opened last (`/` reopens it); set in the browser by NegotiationProvider. */
export const LAST_NEGOTIATION_COOKIE = "parley-negotiation";
