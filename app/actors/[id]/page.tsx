import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { SourceList } from "@/components/briefing/source-list";
import { ReactionBadge } from "@/components/positions/stance-badge";
import { StanceBadge } from "@/components/positions/stance-badge";
import { Section } from "@/components/ui/section";
import { getActorDossier } from "@/lib/actors/queries";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await getActorDossier((await params).id);
  return { title: actor?.name ?? "Actor not found" };
}

export default async function ActorPage({ params }: Params) {
  const actor = await getActorDossier((await params).id);
  if (!actor) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600">{actor.bloc}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{actor.name}</h1>
        <p className="text-slate-600 dark:text-slate-300">
          {actor.role} · {actor.affiliation}
        </p>
        {actor.bio && <p className="max-w-3xl">{actor.bio}</p>}
        <SourceList citations={actor.citations} />
      </header>

      <Section title="Stances by issue" count={actor.stances.length}>
        {actor.stances.length === 0 ? (
          <p className="text-sm text-slate-600">No stated positions recorded.</p>
        ) : (
          <ul className="space-y-3">
            {actor.stances.map(({ issue, history }) => {
              const current = history[history.length - 1];
              return (
                <li key={issue.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/positions?cell=${actor.id}:${issue.id}`} className="font-medium hover:underline">
                      {issue.title}
                    </Link>
                    <StanceBadge stance={current.stance} />
                    <span className="text-xs text-slate-600">{formatDate(current.statedAt, { approx: current.dateApprox })}</span>
                    {history.length > 1 && (
                      <span className="text-xs text-slate-600">
                        {history.length} statements, {history.filter((h) => h.changed).length} change(s):{" "}
                        {history.map((h) => h.stance).join(" → ")}
                      </span>
                    )}
                  </div>
                  <p className="mt-1 text-sm">{current.summary}</p>
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      {actor.pointReactions.length > 0 && (
        <Section title="Reactions to draft points" count={actor.pointReactions.length}>
          <ul className="space-y-3">
            {actor.pointReactions.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <ReactionBadge reaction={r.reaction} />
                  <span className="font-medium">
                    {r.point.draft.name}
                    {r.point.number ? `, point ${r.point.number}` : ""}: {r.point.title}
                  </span>
                  <span className="text-xs text-slate-600">{formatDate(r.statedAt, { approx: r.dateApprox })}</span>
                </div>
                <p className="mt-1 text-sm">{r.summary}</p>
                {r.quote && <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm italic dark:border-slate-600">“{r.quote}”</blockquote>}
                <div className="mt-2">
                  <SourceList citations={r.citations} />
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {actor.claims.length > 0 && (
        <Section title="Territorial claims" count={actor.claims.length}>
          <ul className="space-y-2 text-sm">
            {actor.claims.map((c) => (
              <li key={c.id}>
                <Link href={`/territories/${c.territory.code}`} className="font-medium hover:underline">
                  {c.territory.nameEn}
                </Link>
                : <span className="font-semibold">{TERRITORY_CLAIM_LABELS[c.claim]}</span>. {c.summary}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title="Cards" count={actor.cards.length}>
        {actor.cards.length === 0 ? (
          <p className="text-sm text-slate-600">No published card mentions {actor.name}.</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {actor.cards.map((card) => (
              <BriefingCard key={card.id} card={card} permalink />
            ))}
          </div>
        )}
      </Section>
    </div>
  );
}
