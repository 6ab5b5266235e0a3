import { territoryName } from "@/lib/territories/names";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { RecordRead } from "@/components/updates/change-markers";
import { FollowButton } from "@/components/updates/follow-button";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { negotiationPath } from "@/lib/negotiations/paths";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";
import { getCard } from "@/lib/cards/queries";

export const dynamic = "force-dynamic";

type Params = NegotiationPageProps<{ id: string }>;

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { negotiation, visibility, params } = await pageNegotiation(props);
  const card = await getCard(negotiation.id, params.id, visibility);
  return { title: card?.title ?? "Card not found" };
}

export default async function CardPage(props: Params) {
  const { negotiation, visibility, preview, params } = await pageNegotiation(props);
  const card = await getCard(negotiation.id, params.id, visibility);
  if (!card) notFound();
  const linkClass = "underline underline-offset-2 hover:text-indigo-700 dark:hover:text-indigo-300";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href={negotiationPath(negotiation.slug, "/cards")} className={linkClass}>
          Briefing cards
        </Link>{" "}
        / {card.title}
      </nav>
      {preview && <PreviewBanner status={card.status} />}
      <RecordRead type="cards" id={card.id} />
      <BriefingCard card={card} />
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        {card.issues.length > 0 && (
          <div>
            <dt className="font-semibold">Issues</dt>
            <dd className="flex flex-wrap gap-x-3">
              {card.issues.map((i) => (
                <Link key={i.id} href={negotiationPath(negotiation.slug, `/issues/${i.id}`)} className={linkClass}>
                  {i.title}
                </Link>
              ))}
            </dd>
          </div>
        )}
        {card.territories.length > 0 && (
          <div>
            <dt className="font-semibold">Territories</dt>
            <dd className="flex flex-wrap gap-x-3">
              {card.territories.map((t) => (
                <Link key={t.code} href={negotiationPath(negotiation.slug, `/territories/${t.code}`)} className={linkClass}>
                  {territoryName(t.names)}
                </Link>
              ))}
            </dd>
          </div>
        )}
        {card.points.length > 0 && (
          <div>
            <dt className="font-semibold">Draft points</dt>
            <dd className="flex flex-col">
              {card.points.map((p) => (
                <Link key={p.id} href={negotiationPath(negotiation.slug, `/drafts?point=${p.id}`)} className={linkClass}>
                  {p.draft.name}
                  {p.number ? `, point ${p.number}` : ""}: {p.title}
                </Link>
              ))}
            </dd>
          </div>
        )}
        {card.tags.length > 0 && (
          <div>
            <dt className="font-semibold">Follow its tags</dt>
            <dd className="flex flex-wrap gap-2">
              {card.tags.map(({ name }) => (
                <span key={name} className="inline-flex items-center gap-1">
                  {name} <FollowButton targetType="tags" targetId={name} label={`the tag ${name}`} />
                </span>
              ))}
            </dd>
          </div>
        )}
        {card.briefings.length > 0 && (
          <div>
            <dt className="font-semibold">In briefings</dt>
            <dd className="flex flex-col">
              {card.briefings.map(({ briefing }) => (
                <Link key={briefing.slug} href={negotiationPath(negotiation.slug, `/briefings/${encodeURIComponent(briefing.slug)}`)} className={linkClass}>
                  {briefing.title}
                </Link>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
