import type { Metadata } from "next";
import { FollowButton } from "@/components/updates/follow-button";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { SourceList } from "@/components/briefing/source-list";
import { TerritoryDetails } from "@/components/territories/territory-details";
import { MapDefs } from "@/components/territories/map-palette";
import { Section } from "@/components/ui/section";
import { serialize } from "@/lib/json/serialized";
import { getTerritoryDossier } from "@/lib/territories/queries";
import { TERRITORY_CODE } from "@/lib/territories/schema";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { negotiationPath } from "@/lib/negotiations/paths";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";
import type { Visibility } from "@/lib/records/visibility";

export const dynamic = "force-dynamic";
type Params = NegotiationPageProps<{ code: string }>;

const load = async (negotiationId: string, code: string, visibility: Visibility = "published") => (TERRITORY_CODE.test(code) ? getTerritoryDossier(negotiationId, code, visibility) : null);

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { negotiation, visibility, params } = await pageNegotiation(props);
  const territory = await load(negotiation.id, params.code, visibility);
  return { title: territory?.name ?? "Territory not found" };
}

export default async function TerritoryPage(props: Params) {
  const { negotiation, visibility, preview, params } = await pageNegotiation(props);
  const territory = await load(negotiation.id, params.code, visibility);
  if (!territory) notFound();
  return (
    <div className="space-y-8">
      {preview && <PreviewBanner />}
      <header>
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600 dark:text-slate-400">{territory.code}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{territory.name}</h1>
        <FollowButton targetType="territories" targetId={territory.id} label={territory.name} />
        <Link href={negotiationPath(negotiation.slug, `/map?region=${territory.code}`)} className="text-sm underline">
          Show on the map
        </Link>
      </header>
      {/* The claims' swatches point at the map's patterns: this page has no map, so it has them on their own. */}
      <MapDefs />
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
