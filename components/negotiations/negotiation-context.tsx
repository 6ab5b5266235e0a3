"use client";
// The negotiation a reader page belongs to, for client components: their API requests carry
// it (`negotiation=<slug>`) and their links are built from it (lib/negotiations/paths.ts).
import Link from "next/link";
import { createContext, useContext, useEffect, type ComponentProps, type ReactNode } from "react";
import { negotiationPath } from "@/lib/negotiations/paths";
import { LAST_NEGOTIATION_COOKIE } from "@/lib/negotiations/schema";

const YEAR_S = 365 * 24 * 3600;

const NegotiationContext = createContext<string | null>(null);

export function NegotiationProvider({ slug, children }: { slug: string; children: ReactNode }) {
  // The negotiation a reader opens is the one `/` reopens next time (app/page.tsx). Set here, in
  // the browser, so only a page really shown counts (not a link the router prefetched).
  useEffect(() => {
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${LAST_NEGOTIATION_COOKIE}=${encodeURIComponent(slug)}; Path=/; Max-Age=${YEAR_S}; SameSite=Lax${secure}`;
  }, [slug]);
  return <NegotiationContext.Provider value={slug}>{children}</NegotiationContext.Provider>;
}

/** The current negotiation's slug, or null on pages of no one negotiation (the updates page). */
export const useOptionalNegotiationSlug = (): string | null => useContext(NegotiationContext);

/** The current negotiation's slug (pages under /n/[negotiation] always have one). */
export function useNegotiationSlug(): string {
  const slug = useContext(NegotiationContext);
  if (!slug) throw new Error("useNegotiationSlug outside a negotiation's pages");
  return slug;
}

/** The `negotiation` parameter of the reader APIs, for getJson. */
export const useNegotiationParam = () => ({ negotiation: useNegotiationSlug() });

/** A path in the current negotiation: `useNegotiationHref()("/cards/x")`. */
export function useNegotiationHref(): (view?: string, query?: Parameters<typeof negotiationPath>[2]) => string {
  const slug = useNegotiationSlug();
  return (view, query) => negotiationPath(slug, view, query);
}

type LinkProps = Omit<ComponentProps<typeof Link>, "href"> & {
  view: string;
  query?: Parameters<typeof negotiationPath>[2];
  /** The negotiation's slug, where the page shows several (an actor's page); else the current one. */
  negotiation?: string;
};

/** A link to a view of a negotiation (the current one by default); usable from server components too. */
export function NegotiationLink({ view, query, negotiation, ...props }: LinkProps) {
  const current = useContext(NegotiationContext);
  const slug = negotiation ?? current;
  if (!slug) throw new Error("NegotiationLink outside a negotiation's pages needs `negotiation`");
  return <Link href={negotiationPath(slug, view, query)} {...props} />;
}
