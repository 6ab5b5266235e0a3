import { NegotiationLink } from "@/components/negotiations/negotiation-context";
import { SourceList } from "@/components/briefing/source-list";
import { Badge } from "@/components/ui/badge";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { controlSummary } from "@/lib/territories/control";
import { formatDate } from "@/lib/format";
import type { Serialized } from "@/lib/json/serialized";
import type { TerritoryDossier } from "@/lib/territories/queries";
import { Swatch } from "./map-palette";

type Territory = Serialized<TerritoryDossier>;

/** Control and claims of one territory; shared by the map's panel and the territory page. */
export function TerritoryDetails({ territory, compact = false }: { territory: Territory; compact?: boolean }) {
  const byDraft = territory.claims.filter((c) => c.draft);
  const byActor = territory.claims.filter((c) => c.actor);
  const claimList = (claims: typeof territory.claims, who: (c: (typeof territory.claims)[number]) => string) => (
    <ul className="space-y-2">
      {claims.map((c) => (
        <li key={c.id} className="text-sm" data-testid="territory-claim">
          <div className="flex flex-wrap items-center gap-1.5">
            <Swatch shadeKey={c.claim} />
            <span className="font-semibold">{who(c)}</span>
            <Badge>{TERRITORY_CLAIM_LABELS[c.claim]}</Badge>
            {c.statedAt && <span className="text-xs text-slate-600 dark:text-slate-400">{formatDate(c.statedAt)}</span>}
          </div>
          <p className="mt-0.5">{c.summary}</p>
          {!compact && (
            <div className="mt-1">
              <SourceList citations={c.citations} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <span className="font-semibold" data-testid="territory-control">
          {controlSummary(territory)}
        </span>
        {territory.controlAsOf && <> (as of {formatDate(territory.controlAsOf)})</>}
        {territory.otherNames.map(([lang, name]) => (
          <span key={lang} className="block text-slate-600 dark:text-slate-400" lang={lang}>
            {name}
          </span>
        ))}
      </p>
      {territory.controlNote && <p className="text-sm text-slate-700 dark:text-slate-200">{territory.controlNote}</p>}
      <div>
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">In the drafts ({byDraft.length})</h3>
        {byDraft.length ? claimList(byDraft, (c) => c.draft!.name) : <p className="text-sm text-slate-600 dark:text-slate-400">No draft names this region.</p>}
      </div>
      <div>
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Positions of the actors ({byActor.length})</h3>
        {byActor.length ? claimList(byActor, (c) => c.actor!.name) : <p className="text-sm text-slate-600 dark:text-slate-400">No actor&apos;s claim on this region is recorded.</p>}
      </div>
      {territory.cards.length > 0 && (
        <div>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Cards ({territory.cards.length})</h3>
          <ul className="list-disc pl-5 text-sm">
            {territory.cards.map((card) => (
              <li key={card.id}>
                <NegotiationLink view={`/cards/${card.id}`} className="underline underline-offset-2">
                  {card.title}
                </NegotiationLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
