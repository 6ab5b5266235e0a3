import { Markdown } from "@/components/ui/markdown";
import type { ReadingBriefing } from "@/lib/briefings/queries";
import { formatDate } from "@/lib/format";
import { BriefingCard } from "./briefing-card";

/** A published briefing: marking, title, summary and its cards in reading order. */
export function BriefingView({ briefing, headingLevel = 1 }: { briefing: ReadingBriefing; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-xs font-semibold uppercase tracking-widest text-rose-700 dark:text-rose-300" data-testid="marking">
          {briefing.marking}
        </p>
        <Heading className="text-2xl font-semibold tracking-tight sm:text-3xl">{briefing.title}</Heading>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {briefing.authors}
          {briefing.publishedAt ? ` · published ${formatDate(briefing.publishedAt)}` : ""} · {briefing.cards.length} cards
        </p>
        <div className="max-w-3xl text-slate-700 dark:text-slate-200">
          <Markdown>{briefing.summary}</Markdown>
        </div>
      </header>
      <ol className="grid gap-4 md:grid-cols-2" aria-label="Briefing cards">
        {briefing.cards.map(({ card }) => (
          <li key={card.id}>
            <BriefingCard card={card} permalink />
          </li>
        ))}
      </ol>
    </div>
  );
}
