import "server-only";
// The one place pages and API routes turn a slug into the negotiation they show.
import { notFound } from "next/navigation";
import type { z } from "zod";
import { wantsPreview } from "@/lib/auth/preview";
import { can } from "@/lib/auth/permissions";
import { getViewer, visibilityFor, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { searchParamsToRecord } from "@/lib/http/query-params";
import type { Visibility } from "@/lib/records/visibility";
import { hiddenFromPageViewer, hiddenNegotiationIds } from "./access";
import { findNegotiation, type NegotiationRef } from "./queries";
import { negotiationQuerySchema, optionalNegotiationQuerySchema } from "./schema";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * For a page under /n/[slug]: the negotiation and what of it this reader sees (an editor's
 * ?preview=1 shows unpublished records, and unpublished negotiations). Unknown or not visible →
 * the app's 404 page.
 */
export async function negotiationForPage(slug: string, searchParams: SearchParams = {}): Promise<{ negotiation: NegotiationRef; visibility: Visibility; preview: boolean }> {
  const preview = await wantsPreview(searchParams);
  const visibility: Visibility = preview ? "all" : "published";
  const parsed = negotiationQuerySchema.shape.negotiation.safeParse(decodeURIComponent(slug));
  const negotiation = parsed.success ? await findNegotiation(parsed.data, visibility, await hiddenFromPageViewer()) : null;
  if (!negotiation) notFound();
  return { negotiation, visibility, preview };
}

/**
 * For the layout of /n/[negotiation]: a 404 (with its status, before the views' loading states
 * stream) when no negotiation has this slug that the reader could see: published ones, and for
 * editors unpublished ones too (their pages then show them only in preview); a restricted one
 * only for those who may read it. Returns the slug.
 */
export async function requireNegotiationSegment(segment: string): Promise<string> {
  const parsed = negotiationQuerySchema.shape.negotiation.safeParse(decodeURIComponent(segment));
  const viewer = await getViewer();
  const visibility: Visibility = can(viewer?.role, "edit") ? "all" : "published";
  if (!parsed.success || !(await findNegotiation(parsed.data, visibility, await hiddenFromPageViewer()))) notFound();
  return parsed.data;
}

async function resolveSlug(slug: string, visibility: Visibility, hidden: readonly string[]): Promise<NegotiationRef> {
  const negotiation = await findNegotiation(slug, visibility, hidden);
  if (!negotiation) throw new AppError(404, "unknown_negotiation", `There is no negotiation "${slug}"`, { negotiation: ["No such negotiation"] });
  return negotiation;
}

/** The query of an API request without its `negotiation` parameter (the filters' strict schemas never see it). */
export function queryWithoutNegotiation(request: Request): Record<string, string | string[]> {
  const { negotiation: _omit, ...rest } = searchParamsToRecord(new URL(request.url).searchParams);
  return rest;
}

/**
 * For the reader APIs: `?negotiation=<slug>` (validated: 400 naming the field when malformed,
 * 404 when there is no such negotiation or this reader may not see it), the visibility of the
 * request, and the filter parsed from the other parameters.
 */
export async function negotiationFromRequest<T extends z.ZodType>(
  request: Request,
  viewer: Viewer | null,
  filterSchema: T,
): Promise<{ negotiation: NegotiationRef; visibility: Visibility; filter: z.output<T> }> {
  const visibility = visibilityFor(viewer, request);
  const { negotiation: slug } = negotiationQuerySchema.parse(searchParamsToRecord(new URL(request.url).searchParams));
  const negotiation = await resolveSlug(slug, visibility, await hiddenNegotiationIds(viewer));
  return { negotiation, visibility, filter: filterSchema.parse(queryWithoutNegotiation(request)) };
}

/**
 * As negotiationFromRequest, for APIs that also answer across every negotiation (no parameter):
 * then `hidden` names the restricted negotiations to leave out for this reader.
 */
export async function optionalNegotiationFromRequest<T extends z.ZodType>(
  request: Request,
  viewer: Viewer | null,
  filterSchema: T,
): Promise<{ negotiation: NegotiationRef | null; visibility: Visibility; hidden: string[]; filter: z.output<T> }> {
  const visibility = visibilityFor(viewer, request);
  const { negotiation: slug } = optionalNegotiationQuerySchema.parse(searchParamsToRecord(new URL(request.url).searchParams));
  const hidden = await hiddenNegotiationIds(viewer);
  const negotiation = slug ? await resolveSlug(slug, visibility, hidden) : null;
  return { negotiation, visibility, hidden, filter: filterSchema.parse(queryWithoutNegotiation(request)) };
}

/** The props of a page under /n/[negotiation] (more route parameters in P). */
export type NegotiationPageProps<P extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ negotiation: string } & P>;
  searchParams: Promise<SearchParams>;
};

/** negotiationForPage for a page's props, with the page's route parameters and query. */
export async function pageNegotiation<P extends Record<string, string>>(props: NegotiationPageProps<P>) {
  const [params, query] = await Promise.all([props.params, props.searchParams]);
  return { ...(await negotiationForPage(params.negotiation, query)), params, query };
}
