import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/states";
import { db } from "@/lib/db";
import { recheckFor, type RecheckItem } from "@/lib/drafts/intake/recheck";
import { idParam } from "@/lib/http/query-params";
import type { AlignmentRelation } from "@/lib/domain/enums";
import { RELATION_LABELS } from "@/lib/domain/labels";
import { negotiationPath } from "@/lib/negotiations/paths";
import { kindOf } from "@/lib/records";

export const metadata: Metadata = { title: "What the changes touch · Admin" };

type Props = { searchParams: Promise<{ draft?: string; saved?: string; points?: string }> };


export default async function Recheck({ searchParams }: Props) {
  const params = await searchParams;
  const draftId = idParam.safeParse(params.draft);
  if (!draftId.success) notFound();
  const recheck = await recheckFor(db, draftId.data);
  if (!recheck) notFound();
  const negotiation = await db.negotiation.findFirst({ where: { drafts: { some: { id: recheck.draft.id } } }, select: { slug: true } });
  const all = [...recheck.changes.flatMap((c) => c.items), ...recheck.claims];
  const open = all.filter((i) => !i.checked).length;
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap gap-3 text-sm text-slate-500">
        <Link className="underline" href={`/admin/drafts/${encodeURIComponent(recheck.draft.id)}`}>
          {recheck.draft.name}: review and publish
        </Link>
        {recheck.base && negotiation && (
          <Link className="underline" href={negotiationPath(negotiation.slug, "/compare", { a: recheck.base.id, b: recheck.draft.id, preview: "1" })}>
            Preview the comparison with {recheck.base.name}
          </Link>
        )}
      </p>
      {params.saved !== undefined && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          Saved{params.points ? ` ${params.points} points and` : ""} {params.saved} alignments, unpublished: readers see them once {recheck.draft.name} is published.
        </p>
      )}
      <h1 className="text-2xl font-semibold">What the changes in {recheck.draft.name} touch</h1>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        {recheck.base
          ? `${recheck.changes.length} points of ${recheck.base.name} were reworded, merged, split, moved with new words or dropped. What is tied to them was recorded against the earlier text: check that it still holds. An item counts as re-checked once it is saved again.`
          : "No alignment with an earlier draft is recorded, so nothing is tied to a changed point."}
      </p>
      {all.length === 0 ? (
        <EmptyState title="Nothing to re-check">No stance, reaction, territory claim or card is tied to a point that changed.</EmptyState>
      ) : (
        <>
          <p role="status" className="font-medium">
            {open} of {all.length} still to re-check
          </p>
          {recheck.changes
            .filter((c) => c.items.length > 0)
            .map((change) => (
              <section key={change.pointId} aria-labelledby={`recheck-${change.pointId}`} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                <h2 id={`recheck-${change.pointId}`} className="font-semibold">
                  Point {change.label}: {RELATION_LABELS[change.relation as AlignmentRelation].toLowerCase()}
                </h2>
                {change.note && <p className="text-sm text-amber-900 dark:text-amber-200">{change.note}</p>}
                <Items items={change.items} />
              </section>
            ))}
          {recheck.claims.length > 0 && (
            <section aria-labelledby="recheck-claims" className="rounded border border-slate-200 p-3 dark:border-slate-800">
              <h2 id="recheck-claims" className="font-semibold">
                Territory claims made by {recheck.base?.name}
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-300">A claim names the draft, not a point: check each against the new text.</p>
              <Items items={recheck.claims} />
            </section>
          )}
        </>
      )}
    </div>
  );
}

function Items({ items }: { items: RecheckItem[] }) {
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {items.map((item) => (
        <li key={`${item.type}-${item.id}`} data-testid="recheck-item" className="flex flex-wrap items-baseline gap-2">
          <span className="text-xs uppercase tracking-wide text-slate-500">{kindOf(item.type).label.one}</span>
          <Link className="underline" href={`/admin/${item.type}/${encodeURIComponent(item.id)}`}>
            {item.title}
          </Link>
          {item.checked ? <Badge tone="info">re-checked</Badge> : <Badge tone="warn">to re-check</Badge>}
        </li>
      ))}
    </ul>
  );
}
