"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { EmptyState, ErrorState, SkeletonList } from "@/components/ui/states";
import { Pager } from "@/components/ui/pager";
import type { CardFilterOptions, CardPage } from "@/lib/cards/queries";
import { cardFilterSchema, DEFAULT_CARD_FILTER, type CardFilter } from "@/lib/cards/schema";
import { useUrlFilter } from "@/lib/hooks/use-url-filter";
import { getJson } from "@/lib/http/client";
import type { Serialized } from "@/lib/json/serialized";
import { CardFilters } from "./card-filters";
import { useNegotiationParam } from "@/components/negotiations/negotiation-context";

type Props = { initialFilter: CardFilter; initialPage: Serialized<CardPage>; options: CardFilterOptions };

export function CardFeed({ initialFilter, initialPage, options }: Props) {
  const [filter, setFilter, resetFilter] = useUrlFilter(cardFilterSchema, DEFAULT_CARD_FILTER);
  const isInitial = JSON.stringify(filter) === JSON.stringify(initialFilter);
  const negotiation = useNegotiationParam();
  const query = useQuery({
    queryKey: ["cards", negotiation, filter],
    queryFn: ({ signal }) => getJson<Serialized<CardPage>>("/api/cards", { ...negotiation, ...filter }, signal),
    initialData: isInitial ? initialPage : undefined,
    placeholderData: keepPreviousData,
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside className="no-print lg:sticky lg:top-4 lg:self-start">
        <CardFilters
          filter={filter}
          options={options}
          onChange={setFilter}
          onClear={resetFilter}
        />
      </aside>
      <section aria-labelledby="card-results" aria-busy={query.isFetching}>
        <div className="mb-3 flex items-baseline justify-between gap-2">
          <h2 id="card-results" className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite" data-testid="card-count">
            {query.data ? `${query.data.total} ${query.data.total === 1 ? "card" : "cards"}` : "Loading cards…"}
          </h2>
          {query.isFetching && query.data && <span className="text-xs text-slate-600">Updating…</span>}
        </div>
        {query.isError ? (
          <ErrorState title="The cards could not be loaded" message={query.error.message} onRetry={() => query.refetch()} />
        ) : !query.data ? (
          <SkeletonList />
        ) : query.data.items.length === 0 ? (
          <EmptyState title="No cards match these filters">
            <button type="button" className="underline" onClick={resetFilter}>
              Clear all filters
            </button>
          </EmptyState>
        ) : (
          <>
            <ol className={`space-y-4 transition-opacity ${query.isPlaceholderData ? "opacity-60" : ""}`}>
              {query.data.items.map((card) => (
                <li key={card.id}>
                  <BriefingCard card={card} permalink />
                </li>
              ))}
            </ol>
            <Pager page={query.data.page} pageCount={query.data.pageCount} onPage={(page) => setFilter({ page }, { resetPage: false })} />
          </>
        )}
      </section>
    </div>
  );
}
