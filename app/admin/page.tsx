import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/admin/audit-table";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/states";
import { getAdminOverview } from "@/lib/admin/overview";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHome() {
  const { waiting, drafts, recent, disagreements } = await getAdminOverview();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Admin</h1>
      <Section title="Waiting for review" count={waiting.length}>
        {waiting.length === 0 ? (
          <EmptyState title="Nothing is waiting for review">Records are submitted for review from their form.</EmptyState>
        ) : (
          <ul className="list-disc pl-5">
            {waiting.map((w) => (
              <li key={`${w.type}/${w.id}`}>
                <Link className="underline" href={`/admin/${w.type}/${encodeURIComponent(w.id)}`}>
                  {w.title}
                </Link>{" "}
                <span className="text-sm text-slate-500">({w.kind.toLowerCase()})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Not yet submitted (drafts readers cannot see)" count={drafts.reduce((n, d) => n + d.count, 0)}>
        {drafts.length === 0 ? (
          <EmptyState title="No unpublished drafts" />
        ) : (
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {drafts.map((d) => (
              <li key={d.type}>
                <Link className="underline" href={`/admin/${d.type}`}>
                  {d.label}
                </Link>
                : {d.count}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Alignments that contradict each other" count={disagreements.length}>
        {disagreements.length === 0 ? (
          <EmptyState title="No contradictory alignments">A point recorded as added and also as coming from an earlier point, or as dropped and also as becoming a later one, would be listed here.</EmptyState>
        ) : (
          <>
            <p className="text-sm text-slate-600 dark:text-slate-400">Readers see these as “records disagree”, not as what happened. Correct one of the records (or fold an “added” note into the alignment it belongs to) and the warning goes.</p>
            <ul className="space-y-2 text-sm" data-testid="contradictions">
              {disagreements.map((d) => (
                <li key={d.key}>
                  <span className="font-medium">{d.point}</span> <span className="text-slate-600 dark:text-slate-400">({d.negotiation})</span>: {d.summary}
                  <ul className="list-disc pl-5">
                    {d.alignments.map((al) => (
                      <li key={al.id}>
                        <Link className="underline" href={`/admin/alignments/${encodeURIComponent(al.id)}`}>
                          {al.relation}
                        </Link>
                        {al.note && <span className="text-slate-600 dark:text-slate-400"> — {al.note}</span>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section title="Recent changes">
        {recent.length === 0 ? <EmptyState title="No changes yet">Edits appear here with who made them.</EmptyState> : <AuditTable entries={recent} />}
        <Link href="/admin/audit" className="text-sm underline">
          The full audit log
        </Link>
      </Section>
    </div>
  );
}
