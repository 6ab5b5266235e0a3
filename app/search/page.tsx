import type { Metadata } from "next";
import Link from "next/link";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { EmptyState, FilterProblems } from "@/components/ui/states";
import { listCards } from "@/lib/cards/queries";
import { cardFilterSchema } from "@/lib/cards/schema";
import { parsePageFilter } from "@/lib/http/query-params";
import { negotiationPath } from "@/lib/negotiations/paths";
import { hiddenFromPageViewer } from "@/lib/negotiations/access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search every negotiation" };

/** The card search across every published negotiation; each result names its negotiation. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, problems } = parsePageFilter(cardFilterSchema, await searchParams);
  const page = filter.q ? await listCards(null, filter, "published", await hiddenFromPageViewer()) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Search every negotiation</h1>
      <form action="/search" className="flex max-w-xl gap-2" role="search">
        <label htmlFor="search-q" className="sr-only">
          Words in a card&apos;s title or text
        </label>
        <input id="search-q" name="q" defaultValue={filter.q ?? ""} className="flex-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900" />
        <button type="submit" className="rounded bg-slate-900 px-3 py-1 text-white dark:bg-slate-100 dark:text-slate-900">
          Search
        </button>
      </form>
      <FilterProblems problems={problems} />
      {page && (
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="card-count" aria-live="polite">
          {page.total} {page.total === 1 ? "card" : "cards"}
        </p>
      )}
      {page && page.items.length === 0 && <EmptyState title="No card matches" />}
      {page && page.items.length > 0 && (
        <ul className="space-y-4">
          {page.items.map((card) => (
            <li key={card.id} className="space-y-1" data-negotiation={card.negotiation.slug}>
              <Link href={negotiationPath(card.negotiation.slug, "/cards", { q: filter.q })} className="text-xs font-semibold uppercase tracking-wide text-slate-600 underline-offset-2 hover:underline dark:text-slate-400">
                {card.negotiation.title}
              </Link>
              <BriefingCard card={card} permalink />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
