import type { ReactNode } from "react";
import { NegotiationProvider } from "@/components/negotiations/negotiation-context";
import { requireNegotiationSegment } from "@/lib/negotiations/resolve";

/**
 * Every view of one negotiation. An unknown slug is a 404 here, before any view's loading state
 * starts streaming; each page then resolves the negotiation for its reader (lib/negotiations/resolve.ts).
 */
export default async function NegotiationLayout({ children, params }: { children: ReactNode; params: Promise<{ negotiation: string }> }) {
  const slug = await requireNegotiationSegment((await params).negotiation);
  return <NegotiationProvider slug={slug}>{children}</NegotiationProvider>;
}
