import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DiffText } from "@/components/drafts/diff-text";
import { EmptyState, FilterProblems } from "@/components/ui/states";
import { getViewer } from "@/lib/auth/viewer";
import { wordDiff } from "@/lib/drafts/diff";
import { parsePageFilter } from "@/lib/http/query-params";
import { hiddenFromPageViewer } from "@/lib/negotiations/access";
import { readableNegotiations } from "@/lib/negotiations/queries";
import { markAllRead } from "@/lib/updates/actions";
import { countChanges, lastRead, listChanges, type ChangeItem } from "@/lib/updates/changes";
import { updatesFilterSchema } from "@/lib/updates/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Since you last read" };

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

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
  const since = filter.since ? new Date(`${filter.since}T00:00:00Z`) : marked;
  const shownAt = new Date();
  const groups = await listChanges({ since, hidden, negotiationId: negotiation?.id ?? null });
  const total = countChanges(groups);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Since you last read</h1>
        <p className="text-slate-600 dark:text-slate-300" data-testid="updates-since">
          {total} {total === 1 ? "change" : "changes"} published since {when.format(since)} UTC{filter.since ? "" : " (when you last marked your updates read)"}
          {negotiation ? ` in ${negotiation.title}` : ""}.
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
          <button type="submit" className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700">
            Show
          </button>
          {(filter.since || filter.negotiation) && (
            <Link href="/updates" className="underline underline-offset-2">
              Since I last read
            </Link>
          )}
        </form>
        {!filter.since && total > 0 && (
          <form action={markAllRead}>
            <input type="hidden" name="until" value={shownAt.toISOString()} />
            <button type="submit" className="rounded bg-slate-900 px-3 py-1 text-sm text-white dark:bg-slate-100 dark:text-slate-900">
              Mark all as read
            </button>
          </form>
        )}
      </div>

      {total === 0 ? (
        <EmptyState title={`Nothing new since ${when.format(since)} UTC`}>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Pick an earlier date to review a period.</p>
        </EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.type} aria-labelledby={`updates-${group.type}`} className="space-y-2" data-testid={`updates-${group.type}`}>
            <h2 id={`updates-${group.type}`} className="text-lg font-semibold">
              {group.label} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({group.items.length})</span>
            </h2>
            <ul className="space-y-3">
              {group.items.map((item) => (
                <UpdateItem key={`${item.type} ${item.id}`} item={item} />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

function UpdateItem({ item }: { item: ChangeItem }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900" data-testid="update-item">
      <div className="flex flex-wrap items-baseline gap-2">
        <span className={`rounded px-1.5 text-xs font-semibold ${item.change === "new" ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200"}`}>
          {item.change === "new" ? "New" : "Changed"}
        </span>
        {item.href ? (
          <Link href={item.href} className="font-medium underline underline-offset-2">
            {item.title}
          </Link>
        ) : (
          <span className="font-medium">{item.title}</span>
        )}
        {item.negotiation && <span className="text-xs text-slate-600 dark:text-slate-400">{item.negotiation.title}</span>}
        <time dateTime={item.at.toISOString()} className="text-xs text-slate-600 dark:text-slate-400">
          {when.format(item.at)} UTC
        </time>
      </div>
      {item.fields.length > 0 && (
        <dl className="mt-2 space-y-1">
          {item.fields.map((f) => (
            <div key={f.field}>
              <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{f.label}</dt>
              <dd>{f.field === "citations" ? "Sources changed" : <DiffText segments={wordDiff(f.before ?? "", f.after ?? "")} />}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
