import type { Metadata } from "next";
import { CardFeed } from "@/components/cards/card-feed";
import { FilterProblems } from "@/components/ui/states";
import { getCardFilterOptions, listCards } from "@/lib/cards/queries";
import { cardFilterSchema } from "@/lib/cards/schema";
import { parsePageFilter } from "@/lib/http/query-params";
import { serialize } from "@/lib/json/serialized";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Briefing cards" };

export default async function CardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, problems } = parsePageFilter(cardFilterSchema, await searchParams);
  const [page, options] = await Promise.all([listCards(filter), getCardFilterOptions()]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Briefing cards</h1>
      <FilterProblems problems={problems} />
      <CardFeed initialFilter={filter} initialPage={serialize(page)} options={options} />
    </div>
  );
}
