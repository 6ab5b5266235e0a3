import type { Metadata } from "next";
import { NegotiationLink } from "@/components/negotiations/negotiation-context";
import { EmptyState } from "@/components/ui/states";
import { listPublishedBriefings } from "@/lib/briefings/queries";
import { formatDate } from "@/lib/format";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefings" };

export default async function Briefings(props: NegotiationPageProps) {
  const { negotiation } = await pageNegotiation(props);
  const briefings = await listPublishedBriefings(negotiation.id);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Briefings</h1>
      {briefings.length === 0 ? (
        <EmptyState title="No published briefing yet" />
      ) : (
        <ul className="space-y-3">
          {briefings.map((b) => (
            <li key={b.slug} className="rounded border border-slate-200 p-3 dark:border-slate-800">
              <NegotiationLink view={`/briefings/${encodeURIComponent(b.slug)}`} className="text-lg font-medium underline underline-offset-2">
                {b.title}
              </NegotiationLink>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {b.authors} · published {formatDate(b.publishedAt)} · {b._count.cards} cards
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
