import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import type { ReadingCard } from "@/lib/briefings/queries";
import { CARD_KIND_LABELS } from "@/lib/domain/labels";
import { formatDate, isoDay } from "@/lib/format";
import { AssessmentLabel } from "./assessment-label";
import { SourceList } from "./source-list";

export function BriefingCard({ card }: { card: ReadingCard }) {
  const headingId = `card-${card.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="briefing-card"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
        <Badge tone={card.kind === "assessment" ? "strong" : "info"}>{CARD_KIND_LABELS[card.kind]}</Badge>
        {card.eventDate && <time dateTime={isoDay(card.eventDate)}>{formatDate(card.eventDate)}</time>}
        {card.kind === "assessment" && card.likelihood && card.confidence && (
          <AssessmentLabel likelihood={card.likelihood} confidence={card.confidence} />
        )}
      </div>
      <h2 id={headingId} className="mb-2 text-lg font-semibold leading-snug">
        {card.title}
      </h2>
      <Markdown>{card.body}</Markdown>
      {card.tags.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-1" aria-label="Tags">
          {card.tags.map((tag) => (
            <li key={tag.name}>
              <Badge>#{tag.name}</Badge>
            </li>
          ))}
        </ul>
      )}
      <details className="mt-3" open>
        <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Sources ({card.citations.length})
        </summary>
        <div className="mt-2">
          <SourceList citations={card.citations} />
        </div>
      </details>
    </article>
  );
}
