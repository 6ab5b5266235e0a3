import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState, FilterProblems } from "@/components/ui/states";
import { getViewer } from "@/lib/auth/viewer";
import { parsePageFilter } from "@/lib/http/query-params";
import { hiddenFromPageViewer } from "@/lib/negotiations/access";
import { readableNegotiations } from "@/lib/negotiations/queries";
import { markAllRead } from "@/lib/updates/actions";
import { countChanges, listChanges, pageOfChanges } from "@/lib/updates/changes";
import { lastRead } from "@/lib/updates/read-marks";
import { followLabel, listFollows } from "@/lib/updates/follows";
import { sinceDate, UPDATES_PAGE_SIZE, updatesFilterSchema } from "@/lib/updates/schema";
import { toSearchParams } from "@/lib/http/query-params";
import { UnfollowButton } from "@/components/updates/unfollow-button";
import { UpdatesList, when } from "@/components/updates/updates-list";
import { DigestButton } from "@/components/updates/digest-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Since you last read" };


/** Every published change since the reader last marked their updates read (or since a date they pick). */
export default async function UpdatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?next=/updates");
  const { filter, problems } = parsePageFilter(updatesFilterSchema, await searchParams);
  const hidden = await hiddenFromPageViewer();
  const negotiations = await readableNegotiations("published", hidden);
  const negotiation = filter.negotiation ? negotiations.find((n) => n.slug === filter.negotiation) : undefined;
  if (filter.negotiation && !negotiation) problems.push(`negotiation: there is no negotiation "${filter.negotiation}"`);
  const marked = await lastRead(viewer.id);
  const since = filter.since ? sinceDate(filter.since) : marked;
  const shownAt = new Date();
  const follows = await listFollows(viewer.id, hidden);
  const following = filter.following === "1";
  // Since the last "mark all as read", what the reader already opened is not repeated; a chosen
  // period shows everything in it.
  const groups = await listChanges({ since, hidden, negotiationId: negotiation?.id ?? null, readerId: filter.since ? null : viewer.id, follows: following ? follows : null, until: shownAt });
  const total = countChanges(groups);
  const shown = pageOfChanges(groups, filter.page, UPDATES_PAGE_SIZE);
  const pageHref = (page: number) => `/updates?${toSearchParams({ since: filter.since, negotiation: filter.negotiation, following: filter.following, page: page > 1 ? page : undefined }, {})}`;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Since you last read</h1>
        <p className="text-slate-600 dark:text-slate-300" data-testid="updates-since">
          {total} {total === 1 ? "change" : "changes"} published since {when.format(since)} UTC{filter.since ? "" : " (when you last marked your updates read)"}
          {negotiation ? ` in ${negotiation.title}` : ""}
          {following ? `, about what you follow` : ""}.
        </p>
      </header>
      <FilterProblems problems={problems} />
      <div className="no-print flex flex-wrap items-end gap-4">
        <form action="/updates" className="flex max-w-full flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col gap-1">
            <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Since</span>
            <input type="date" name="since" defaultValue={filter.since ?? ""} className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900" />
          </label>
          <label className="flex min-w-0 max-w-full flex-col gap-1">
            <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Negotiation</span>
            <select name="negotiation" defaultValue={negotiation?.slug ?? ""} className="max-w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900">
              <option value="">All negotiations</option>
              {negotiations.map((n) => (
                <option key={n.slug} value={n.slug}>
                  {n.title}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1 self-center pt-4">
            <input type="checkbox" name="following" value="1" defaultChecked={following} />
            Only what I follow
          </label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700">
            Show
          </button>
          {(filter.since || filter.negotiation || following) && (
            <Link href="/updates" className="underline underline-offset-2">
              Since I last read
            </Link>
          )}
        </form>
        {total > 0 && <DigestButton since={filter.since} negotiation={negotiation?.slug} following={following} />}
        {!filter.since && total > 0 && (
          <form action={markAllRead}>
            <input type="hidden" name="until" value={shownAt.toISOString()} />
            <button type="submit" className="rounded bg-slate-900 px-3 py-1 text-sm text-white dark:bg-slate-100 dark:text-slate-900">
              Mark all as read
            </button>
          </form>
        )}
      </div>

      <section aria-labelledby="follows-title" className="no-print text-sm" data-testid="follows">
        <h2 id="follows-title" className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          You follow
        </h2>
        {follows.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">Nothing yet: use “Follow” on an actor, issue, territory, draft or a card&apos;s tag to narrow your updates and digests to it.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-2">
            {follows.map((f) => (
              <li key={`${f.targetType} ${f.targetId}`} className="inline-flex items-center gap-1 rounded-full border border-slate-300 py-0.5 pl-2.5 pr-1 dark:border-slate-700">
                <span className="text-xs text-slate-600 dark:text-slate-400">{followLabel(f.targetType)}</span> {f.label}
                <UnfollowButton targetType={f.targetType} targetId={f.targetId} label={f.label} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {total === 0 ? (
        <EmptyState title={`Nothing new since ${when.format(since)} UTC`}>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Pick an earlier date to review a period.</p>
        </EmptyState>
      ) : (
        <>
          <UpdatesList groups={shown.groups} />
          {shown.pageCount > 1 && (
            <nav aria-label="Pages of changes" className="no-print flex items-center justify-between text-sm" data-testid="updates-pages">
              {shown.page > 1 ? (
                <Link href={pageHref(shown.page - 1)} className="underline underline-offset-2">
                  ← Newer and more important
                </Link>
              ) : (
                <span />
              )}
              <span className="text-slate-600 dark:text-slate-300">
                Page {shown.page} of {shown.pageCount} ({UPDATES_PAGE_SIZE} changes a page)
              </span>
              {shown.page < shown.pageCount ? (
                <Link href={pageHref(shown.page + 1)} className="underline underline-offset-2">
                  More →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
