import { BriefingCard } from "@/components/briefing/briefing-card";
import { Markdown } from "@/components/ui/markdown";
import { getLatestPublishedBriefing } from "@/lib/briefings/queries";
import { formatDate } from "@/lib/format";

// Always read the database: editors publish between builds.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const briefing = await getLatestPublishedBriefing();
  if (!briefing) {
    return (
      <section className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
        <h1 className="text-xl font-semibold">No published briefing yet</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">When an editor publishes a briefing, its cards appear here.</p>
      </section>
    );
  }
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-xs font-semibold uppercase tracking-widest text-rose-700 dark:text-rose-300" data-testid="marking">
          {briefing.marking}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{briefing.title}</h1>
        <p className="text-sm text-slate-500 dark:text-slate-400">
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
            <BriefingCard card={card} />
          </li>
        ))}
      </ol>
    </div>
  );
}
