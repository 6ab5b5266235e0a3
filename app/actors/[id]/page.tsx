import type { Metadata } from "next";
import { FollowButton } from "@/components/updates/follow-button";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceList } from "@/components/briefing/source-list";
import { ActorNegotiation } from "@/components/actors/actor-negotiation";
import { getActorDossier } from "@/lib/actors/queries";
import { hiddenFromPageViewer } from "@/lib/negotiations/access";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ id: string }> };

/** The actor's dossier without the restricted negotiations hidden from this reader. */
const load = async (id: string) => getActorDossier(id, await hiddenFromPageViewer());

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await load((await params).id);
  return { title: actor?.name ?? "Actor not found" };
}

/** One actor across every negotiation they take part in, side by side. */
export default async function ActorPage({ params }: Params) {
  const actor = await load((await params).id);
  if (!actor) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600">{actor.bloc}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{actor.name}</h1>
        <FollowButton targetType="actors" targetId={actor.id} label={actor.name} />
        <p className="text-slate-600 dark:text-slate-300">
          {actor.role} · {actor.affiliation}
        </p>
        {actor.bio && <p className="max-w-3xl">{actor.bio}</p>}
        <SourceList citations={actor.citations} />
      </header>
      {actor.negotiations.length === 0 ? (
        <p className="text-sm text-slate-600">No stated positions recorded.</p>
      ) : (
        <div className={`grid gap-8 ${actor.negotiations.length > 1 ? "xl:grid-cols-2" : ""}`} data-testid="actor-negotiations">
          {actor.negotiations.map((group) => (
            <ActorNegotiation key={group.negotiation.id} actor={actor} group={group} />
          ))}
        </div>
      )}
      <p className="text-sm">
        <Link href="/negotiations" className="underline underline-offset-2">
          All negotiations
        </Link>
      </p>
    </div>
  );
}
