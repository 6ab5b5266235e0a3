import type { Metadata } from "next";
import { FollowButton } from "@/components/updates/follow-button";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefingCard } from "@/components/briefing/briefing-card";
import { StanceBadge } from "@/components/positions/stance-badge";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { getIssueDossier } from "@/lib/issues/queries";
import { formatDate } from "@/lib/format";
import { actorPath, negotiationPath } from "@/lib/negotiations/paths";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
type Params = NegotiationPageProps<{ id: string }>;

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { negotiation, params } = await pageNegotiation(props);
  const issue = await getIssueDossier(negotiation.id, params.id);
  return { title: issue?.title ?? "Issue not found" };
}

export default async function IssuePage(props: Params) {
  const { negotiation, params } = await pageNegotiation(props);
  const issue = await getIssueDossier(negotiation.id, params.id);
  if (!issue) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600">Issue</p>
        <h1 className="text-2xl font-semibold tracking-tight">{issue.title}</h1>
        <FollowButton targetType="issues" targetId={issue.id} label={issue.title} />
        <p className="max-w-3xl text-slate-700 dark:text-slate-200">{issue.description}</p>
        {issue.proposition && (
          <p className="max-w-3xl text-sm" data-testid="issue-proposition">
            <span className="font-semibold">Stances are on the proposition:</span> “{issue.proposition}” — “supports” is for it, “opposes” against it.
          </p>
        )}
        <Link href={negotiationPath(negotiation.slug, `/positions?issue=${issue.id}`)} className="text-sm underline">
          This issue in the positions matrix
        </Link>
      </header>

      <Section title="Where the actors stand" count={issue.stances.length}>
        {issue.stances.length === 0 ? (
          <p className="text-sm text-slate-600">No actor&apos;s position on this issue is recorded.</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">Actor</th>
                <th scope="col" className="py-1 pr-3">Current stance</th>
                <th scope="col" className="py-1">Latest statement</th>
              </tr>
            </thead>
            <tbody>
              {issue.stances.map(({ current, changes, statements }) => (
                <tr key={current.actor.id} className="border-t border-slate-200 align-top dark:border-slate-800">
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    <Link href={actorPath(current.actor.id)} className="hover:underline">
                      {current.actor.name}
                    </Link>
                    <span className="block text-xs font-normal text-slate-600">{current.actor.bloc}</span>
                  </th>
                  <td className="py-2 pr-3">
                    <Link href={negotiationPath(negotiation.slug, `/positions?cell=${current.actor.id}:${issue.id}`)} aria-label={`History of ${current.actor.name} on ${issue.title}`}>
                      <StanceBadge stance={current.stance} />
                    </Link>
                    {statements > 1 && <span className="block text-xs text-slate-600">{statements} statements, {changes} change(s)</span>}
                  </td>
                  <td className="py-2">
                    <span className="text-xs text-slate-600">{formatDate(current.statedAt, { approx: current.dateApprox })}</span>
                    <p>{current.summary}</p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title="In the drafts" count={issue.points.length}>
        <ul className="space-y-2 text-sm">
          {issue.points.map((p) => (
            <li key={p.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">
                  {p.draft.name}
                  {p.number ? `, point ${p.number}` : ""}: {p.title}
                </span>
                {p.textStatus === "not_public" && <Badge tone="warn">Text not public</Badge>}
              </div>
              <p className="mt-1">{p.text ?? p.reported}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Cards" count={issue.cards.length}>
        <div className="grid gap-4 md:grid-cols-2">
          {issue.cards.map((card) => (
            <BriefingCard key={card.id} card={card} permalink />
          ))}
        </div>
      </Section>
    </div>
  );
}
