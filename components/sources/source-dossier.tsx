import Link from "next/link";
import { Section } from "@/components/ui/section";
import { admiraltyDescription } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { negotiationPath } from "@/lib/negotiations/paths";
import type { SourceDossier, SourceUse } from "@/lib/sources/queries";

function Uses({ uses }: { uses: SourceUse[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {uses.map((use, i) => (
        <li key={`${use.href}-${i}`}>
          <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{use.kind}</span>{" "}
          <Link href={use.href} className="underline underline-offset-2">
            {use.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function SourceDossierView({ source }: { source: SourceDossier }) {
  const grading = admiraltyDescription(source.reliability, source.credibility);
  const count = source.negotiations.reduce((n, g) => n + g.uses.length, 0) + source.shared.length;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600">Source · {source.outlet}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{source.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {source.publishedAt ? formatDate(source.publishedAt, { approx: source.dateApprox }) : "Undated"}
          {source.url && (
            <>
              {" · "}
              <a href={source.url} className="underline underline-offset-2" rel="noreferrer noopener" target="_blank">
                {source.url}
              </a>
            </>
          )}
        </p>
        <p className="text-sm" data-testid="source-grading">
          <span className="rounded bg-slate-200 px-1 font-mono font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">
            {source.reliability}
            {source.credibility}
          </span>{" "}
          {grading}
        </p>
        {source.note && <p className="max-w-3xl text-sm">{source.note}</p>}
      </header>
      <Section title="Where it is cited" count={count}>
        {count === 0 && <p className="text-sm text-slate-600">No published record cites this source.</p>}
        {source.negotiations.map(({ negotiation, uses }) => (
          <section key={negotiation.id} aria-labelledby={`cited-${negotiation.slug}`} className="space-y-2" data-negotiation={negotiation.slug}>
            <h3 id={`cited-${negotiation.slug}`} className="font-semibold">
              <Link href={negotiationPath(negotiation.slug)} className="hover:underline">
                {negotiation.title}
              </Link>{" "}
              <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({uses.length})</span>
            </h3>
            <Uses uses={uses} />
          </section>
        ))}
        {source.shared.length > 0 && (
          <section aria-labelledby="cited-shared" className="space-y-2">
            <h3 id="cited-shared" className="font-semibold">
              Actors (shared by every negotiation)
            </h3>
            <Uses uses={source.shared} />
          </section>
        )}
      </Section>
    </div>
  );
}
