import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { SourceList } from "@/components/briefing/source-list";
import { TerritoryDetails } from "@/components/territories/territory-details";
import { Section } from "@/components/ui/section";
import { serialize } from "@/lib/json/serialized";
import { getTerritoryDossier } from "@/lib/territories/queries";
import { TERRITORY_CODE } from "@/lib/territories/schema";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ code: string }> };

const load = async (code: string) => (TERRITORY_CODE.test(code) ? getTerritoryDossier(code) : null);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const territory = await load((await params).code);
  return { title: territory?.nameEn ?? "Territory not found" };
}

export default async function TerritoryPage({ params }: Params) {
  const territory = await load((await params).code);
  if (!territory) notFound();
  return (
    <div className="space-y-8">
      <header>
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600">{territory.code}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{territory.nameEn}</h1>
        <Link href={`/map?region=${territory.code}`} className="text-sm underline">
          Show on the map
        </Link>
      </header>
      <TerritoryDetails territory={serialize(territory)} />
      <Section title="Sources on control" count={territory.citations.length}>
        <SourceList citations={territory.citations} />
      </Section>
      <Section title="Cards" count={territory.cards.length}>
        <div className="grid gap-4 md:grid-cols-2">
          {territory.cards.map((card) => (
            <BriefingCard key={card.id} card={card} permalink />
          ))}
        </div>
      </Section>
    </div>
  );
}
