// The dashboard's first screen: the newest developments, the latest draft and what it changed,
// the key figures with their dates, and "data as of" — each linking to its full view. Says which
// briefing is shown below and how much has been published since its newest card.
import type { ReactNode } from "react";
import { NegotiationLink } from "@/components/negotiations/negotiation-context";
import { Badge } from "@/components/ui/badge";
import { RECENT_DAYS, type Glance, type RecentChanges } from "@/lib/dashboard/glance";
import Link from "next/link";
import { CARD_KIND_LABELS, PROVENANCE_LABELS, RELATION_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

type Props = { glance: Glance; recent: RecentChanges; asOf: Date | null; briefing: { slug: string; title: string; publishedAt: Date | null } | null };

export function AtAGlance({ glance, recent, asOf, briefing }: Props) {
  const { latestCards, latestDraft, figures, newerCards, newestInBriefing } = glance;
  return (
    <section aria-labelledby="glance-heading" className="space-y-3" data-testid="at-a-glance">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="glance-heading" className="text-xl font-semibold">
          At a glance
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="data-as-of">
          {asOf ? `Data as of ${stamp.format(asOf)} UTC (the latest published change).` : "Nothing published yet."}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <Box title={`Last ${RECENT_DAYS} days`}>
          {recent.total === 0 ? (
            <Empty>Nothing was published or changed since {formatDate(recent.since)}.</Empty>
          ) : (
            <ul className="space-y-2 text-sm" data-testid="recent-changes">
              {recent.groups.map((g) => (
                <li key={g.type}>
                  <span className="font-medium">
                    {g.count} {g.label.toLowerCase()}
                  </span>
                  <ul className="text-slate-700 dark:text-slate-200">
                    {g.items.map((i) => (
                      <li key={i.id} className="truncate">
                        <span className="text-xs text-slate-600 dark:text-slate-400">{i.change === "new" ? "new" : "changed"} · </span>
                        {i.href ? (
                          <Link href={i.href} className="underline underline-offset-2">
                            {i.title}
                          </Link>
                        ) : (
                          i.title
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <Link href={`/updates?since=${recent.since.toISOString().slice(0, 10)}`} className="mt-3 inline-block text-sm underline">
            Every change since {formatDate(recent.since)}
          </Link>
        </Box>
        <Box title="Latest developments">
          {latestCards.length === 0 ? (
            <Empty>No dated card is published yet.</Empty>
          ) : (
            <ol className="space-y-2 text-sm" data-testid="latest-developments">
              {latestCards.map((c) => (
                <li key={c.id}>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {formatDate(c.eventDate)} · {CARD_KIND_LABELS[c.kind]} · {c._count.citations} {c._count.citations === 1 ? "source" : "sources"}
                  </span>
                  <NegotiationLink view={`/cards/${encodeURIComponent(c.id)}`} className="underline underline-offset-2">
                    {c.title}
                  </NegotiationLink>
                </li>
              ))}
            </ol>
          )}
          <NegotiationLink view="/cards" className="mt-3 inline-block text-sm underline">
            Every card
          </NegotiationLink>
        </Box>

        <Box title="Latest draft">
          {!latestDraft ? (
            <Empty>No draft is published yet.</Empty>
          ) : (
            <div className="space-y-2 text-sm" data-testid="latest-draft">
              <p>
                <span className="font-medium">{latestDraft.name}</span> ({formatDate(latestDraft.date)}) <Badge tone={latestDraft.provenance === "leaked" ? "warn" : "neutral"}>{PROVENANCE_LABELS[latestDraft.provenance]}</Badge>
              </p>
              <p className="text-slate-700 dark:text-slate-200">
                {latestDraft._count.points} {latestDraft._count.points === 1 ? "point" : "points"} known
                {latestDraft.declaredPointCount ? ` of ${latestDraft.declaredPointCount} declared` : ""}.
              </p>
              {latestDraft.revises &&
                (latestDraft.alignments === 0 ? (
                  <p className="text-slate-700 dark:text-slate-200">No point of it is aligned with {latestDraft.revises.name} yet: what changed point by point is not reported.</p>
                ) : (
                  <p className="text-slate-700 dark:text-slate-200">
                    Against {latestDraft.revises.name}:{" "}
                    {Object.entries(latestDraft.relations)
                      .sort((a, b) => b[1] - a[1])
                      .map(([r, n]) => `${n} ${(RELATION_LABELS as Record<string, string>)[r]?.toLowerCase() ?? r}`)
                      .join(", ")}
                    {latestDraft.flagged ? `; ${latestDraft.flagged} with substantive changes flagged` : ""}.
                  </p>
                ))}
              <NegotiationLink view={latestDraft.revises ? `/compare?a=${latestDraft.revises.id}&b=${latestDraft.id}` : "/drafts"} className="inline-block underline">
                {latestDraft.revises ? "Compare it point by point" : "Its points"}
              </NegotiationLink>
            </div>
          )}
        </Box>

        <Box title="Key figures">
          {figures.length === 0 ? (
            <Empty>No dated figure is published yet.</Empty>
          ) : (
            <dl className="space-y-2 text-sm" data-testid="key-figures">
              {figures.map((f) => (
                <div key={f.id}>
                  <dt className="text-xs text-slate-600 dark:text-slate-400">{f.name}</dt>
                  <dd>
                    <span className="font-semibold tabular-nums">
                      {f.approximate ? "c. " : ""}
                      {number.format(f.value)}
                      {f.valueHigh !== null ? `–${number.format(f.valueHigh)}` : ""}
                    </span>{" "}
                    {f.unit} <span className="text-xs text-slate-600 dark:text-slate-400">({f.label}, {formatDate(f.date)})</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <NegotiationLink view="/charts" className="mt-3 inline-block text-sm underline">
            The charts
          </NegotiationLink>
        </Box>
      </div>
      {briefing && (
        <p className="text-sm text-slate-700 dark:text-slate-200" data-testid="briefing-shown">
          Below: the briefing “{briefing.title}”{briefing.publishedAt ? `, published ${formatDate(briefing.publishedAt)}` : ""}
          {newestInBriefing ? `, with cards up to ${formatDate(newestInBriefing)}` : ""}.
          {newerCards > 0 && (
            <>
              {" "}
              <strong>
                {newerCards} newer published {newerCards === 1 ? "card is" : "cards are"} not in it
              </strong>{" "}
              (<NegotiationLink view="/cards" className="underline">the card feed</NegotiationLink> has them).
            </>
          )}
        </p>
      )}
    </section>
  );
}

function Box({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h3 className="mb-2 font-semibold">{title}</h3>
      {children}
    </div>
  );
}

const Empty = ({ children }: { children: ReactNode }) => <p className="text-sm text-slate-600 dark:text-slate-300">{children}</p>;
