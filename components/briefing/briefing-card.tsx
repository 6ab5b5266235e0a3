import Link from "next/link";
import { NegotiationLink } from "@/components/negotiations/negotiation-context";
import { actorPath } from "@/lib/negotiations/paths";
import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import type { ReadingCard } from "@/lib/cards/queries";
import { CARD_KIND_LABELS } from "@/lib/domain/labels";
import { formatDate, isoDay } from "@/lib/format";
import type { Serialized } from "@/lib/json/serialized";
import { AssessmentLabel } from "./assessment-label";
import { SourceList } from "./source-list";

export type CardView = ReadingCard | Serialized<ReadingCard>;

export function BriefingCard({ card, permalink = false }: { card: CardView; permalink?: boolean }) {
  const headingId = `card-${card.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="briefing-card"
      data-card-id={card.id}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <Badge tone={card.kind === "assessment" ? "strong" : "info"}>{CARD_KIND_LABELS[card.kind]}</Badge>
        {card.eventDate && <time dateTime={isoDay(card.eventDate)}>{formatDate(card.eventDate)}</time>}
        {card.status !== "published" && <Badge tone="warn">Unpublished ({card.status.replace("_", " ")})</Badge>}
        {card.kind === "assessment" && card.likelihood && card.confidence && (
          <AssessmentLabel likelihood={card.likelihood} confidence={card.confidence} />
        )}
      </div>
      <h2 id={headingId} className="mb-2 text-lg font-semibold leading-snug">
        {permalink ? (
          <NegotiationLink negotiation={card.negotiation.slug} view={`/cards/${encodeURIComponent(card.id)}`} className="hover:underline">
            {card.title}
          </NegotiationLink>
        ) : (
          card.title
        )}
      </h2>
      <Markdown>{card.body}</Markdown>
      {(card.actors.length > 0 || card.tags.length > 0) && (
        <ul className="mt-3 flex flex-wrap gap-1 text-xs" aria-label="Actors and tags">
          {card.actors.map((actor) => (
            <li key={actor.id}>
              <Link href={actorPath(actor.id)} prefetch={false} className="rounded border border-slate-200 px-1.5 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                {actor.name}
              </Link>
            </li>
          ))}
          {card.tags.map((tag) => (
            <li key={tag.name}>
              <NegotiationLink negotiation={card.negotiation.slug} view="/cards" query={{ tag: tag.name }} prefetch={false} className="rounded px-1 text-slate-600 hover:underline dark:text-slate-400">
                #{tag.name}
              </NegotiationLink>
            </li>
          ))}
        </ul>
      )}
      <details className="mt-3" open>
        <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          Sources ({card.citations.length})
        </summary>
        <div className="mt-2">
          <SourceList citations={card.citations} />
        </div>
      </details>
    </article>
  );
}
