// The changes of a reader's updates, grouped by kind: on /updates, in the digest PDF and in a
// briefing's "Changes since" section. Each item says what it was and what it is now (a word
// diff), what the change means (a stance's quote), and for a new draft what it brought.
import Link from "next/link";
import { DiffText } from "@/components/drafts/diff-text";
import { RELATION_LABELS } from "@/lib/domain/labels";
import { wordDiff } from "@/lib/drafts/diff";
import type { ChangeGroup, ChangeItem } from "@/lib/updates/changes";

export const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** `headingLevel`: 2 on the updates page, 3 inside a printed section. */
export function UpdatesList({ groups, headingLevel = 2 }: { groups: ChangeGroup[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return groups.map((group) => (
    <section key={group.type} aria-labelledby={`updates-${group.type}`} className="space-y-2 break-inside-auto" data-testid={`updates-${group.type}`}>
      <Heading id={`updates-${group.type}`} className="text-lg font-semibold">
        {group.label}{" "}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
          ({group.total !== undefined && group.total !== group.items.length ? `${group.items.length} of ${group.total}` : group.items.length})
        </span>
      </Heading>
      <ul className="space-y-3">
        {group.items.map((item) => (
          <UpdateItem key={`${item.type} ${item.id}`} item={item} />
        ))}
      </ul>
    </section>
  ));
}

/** What a new draft brought: its points, how they relate to the earlier draft, the flagged substantive changes. */
function DraftPartsSummary({ parts }: { parts: NonNullable<ChangeItem["parts"]> }) {
  const relations = Object.entries(parts.relations).sort((a, b) => b[1] - a[1]);
  return (
    <div className="mt-2 space-y-1" data-testid="draft-parts">
      <p>
        {parts.points} {parts.points === 1 ? "point" : "points"}
        {relations.length > 0 && `; against the earlier draft: ${relations.map(([r, n]) => `${n} ${(RELATION_LABELS as Record<string, string>)[r]?.toLowerCase() ?? r}`).join(", ")}`}.
      </p>
      {parts.flagged.length > 0 && (
        <>
          <p className="font-semibold">Flagged substantive changes ({parts.flagged.length})</p>
          <ul className="list-disc pl-5">
            {parts.flagged.map((f) => (
              <li key={f.title}>
                {f.title}: {f.note.replace(/^Flagged changes:\s*/, "")}
              </li>
            ))}
          </ul>
        </>
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
              <dd>
                {f.field === "citations" ? (
                  "Sources changed"
                ) : f.prose ? (
                  <DiffText segments={wordDiff(f.before ?? "", f.after ?? "")} />
                ) : (
                  <span data-testid="value-change">
                    <del className="text-rose-800 dark:text-rose-300">{f.before ?? "(none)"}</del> → <ins className="font-medium text-emerald-800 no-underline dark:text-emerald-300">{f.after ?? "(none)"}</ins>
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {item.context.length > 0 && (
        <dl className="mt-2 space-y-1 border-l-2 border-slate-200 pl-2 text-slate-700 dark:border-slate-700 dark:text-slate-300">
          {item.context.map((f) => (
            <div key={f.field}>
              <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{f.label}</dt>
              <dd className="whitespace-pre-wrap">{f.after}</dd>
            </div>
          ))}
        </dl>
      )}
      {item.parts && <DraftPartsSummary parts={item.parts} />}
    </li>
  );
}
