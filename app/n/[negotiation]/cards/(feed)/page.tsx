import Link from "next/link";
import type { Metadata } from "next";
import { CardFeed } from "@/components/cards/card-feed";
import { FilterProblems } from "@/components/ui/states";
import { getCardFilterOptions, listCards } from "@/lib/cards/queries";
import { cardFilterSchema } from "@/lib/cards/schema";
import { parsePageFilter } from "@/lib/http/query-params";
import { serialize } from "@/lib/json/serialized";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing cards" };

export default async function CardsPage(props: NegotiationPageProps) {
  const { negotiation, query } = await pageNegotiation(props);
  const { filter, problems } = parsePageFilter(cardFilterSchema, query);
  const [page, options] = await Promise.all([listCards(negotiation.id, filter), getCardFilterOptions(negotiation.id)]);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Briefing cards</h1>
        <Link href={filter.q ? `/search?q=${encodeURIComponent(filter.q)}` : "/search"} className="text-sm underline underline-offset-2">
          Search every negotiation
        </Link>
      </div>
      <FilterProblems problems={problems} />
      <CardFeed initialFilter={filter} initialPage={serialize(page)} options={options} />
    </div>
  );
}
