import { territoryName } from "@/lib/territories/names";
import Link from "next/link";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { SourceList } from "@/components/briefing/source-list";
import { ReactionBadge, StanceBadge } from "@/components/positions/stance-badge";
import type { ActorDossier } from "@/lib/actors/queries";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { negotiationPath } from "@/lib/negotiations/paths";

type Group = ActorDossier["negotiations"][number];

function Part({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-base font-semibold">
        {title} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({count})</span>
      </h3>
      {children}
    </section>
  );
}

/** What one actor said and did in one negotiation, each item linking to that negotiation's views. */
export function ActorNegotiation({ actor, group }: { actor: { id: string; name: string; bloc: string }; group: Group }) {
  const { negotiation } = group;
  const to = (view: string, query?: Record<string, string>) => negotiationPath(negotiation.slug, view, query);
  const base = `n-${negotiation.slug}`;
  return (
    <section aria-labelledby={`${base}-title`} className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-negotiation={negotiation.slug}>
      <h2 id={`${base}-title`} className="border-b border-slate-200 pb-1 text-lg font-semibold dark:border-slate-800">
        <Link href={to("")} className="hover:underline">
          {negotiation.title}
        </Link>
      </h2>
      <p className="text-sm">
        <Link href={to(`/blocs/${encodeURIComponent(actor.bloc)}`)} className="underline">
          The position of {actor.bloc} in this negotiation
        </Link>{" "}
        <span className="text-slate-600 dark:text-slate-400">(every member&apos;s statements, with their quotes)</span>
      </p>
      <Part id={`${base}-stances`} title="Stances by issue" count={group.stances.length}>
        {group.stances.length === 0 ? (
          <p className="text-sm text-slate-600">No stated positions recorded.</p>
        ) : (
          <ul className="space-y-3">
            {group.stances.map(({ issue, history }) => {
              const current = history[history.length - 1];
              return (
                <li key={issue.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={to("/positions", { cell: `${actor.id}:${issue.id}` })} className="font-medium hover:underline">
                      {issue.title}
                    </Link>
                    <StanceBadge stance={current.stance} />
                    <span className="text-xs text-slate-600">{formatDate(current.statedAt, { approx: current.dateApprox })}</span>
                    {history.length > 1 && (
                      <span className="text-xs text-slate-600">
                        {history.length} statements, {history.filter((h) => h.changed).length} change(s): {history.map((h) => h.stance).join(" → ")}
                      </span>
                    )}
                  </div>
                  <p className="mt-1 text-sm">{current.summary}</p>
                </li>
              );
            })}
          </ul>
        )}
      </Part>
      {group.reactions.length > 0 && (
        <Part id={`${base}-reactions`} title="Reactions to draft points" count={group.reactions.length}>
          <ul className="space-y-3">
            {group.reactions.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <ReactionBadge reaction={r.reaction} />
                  <Link href={to("/drafts", { point: r.point.id })} className="font-medium hover:underline">
                    {r.point.draft.name}
                    {r.point.number ? `, point ${r.point.number}` : ""}: {r.point.title}
                  </Link>
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
        </Part>
      )}
      {group.claims.length > 0 && (
        <Part id={`${base}-claims`} title="Territorial claims" count={group.claims.length}>
          <ul className="space-y-2 text-sm">
            {group.claims.map((c) => (
              <li key={c.id}>
                <Link href={to(`/territories/${encodeURIComponent(c.territory.code)}`)} className="font-medium hover:underline">
                  {territoryName(c.territory.names)}
                </Link>
                : <span className="font-semibold">{TERRITORY_CLAIM_LABELS[c.claim]}</span>. {c.summary}
              </li>
            ))}
          </ul>
        </Part>
      )}
      <Part id={`${base}-cards`} title="Cards" count={group.cards.length}>
        {group.cards.length === 0 ? (
          <p className="text-sm text-slate-600">No published card mentions {actor.name}.</p>
        ) : (
          <div className="grid gap-4">
            {group.cards.map((card) => (
              <BriefingCard key={card.id} card={card} permalink />
            ))}
          </div>
        )}
      </Part>
    </section>
  );
}
