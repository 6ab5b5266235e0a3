import Link from "next/link";
import { SourceList } from "@/components/briefing/source-list";
import { EmptyState } from "@/components/ui/states";
import { STANCES } from "@/lib/domain/enums";
import { STANCE_STYLES } from "@/lib/domain/stance-style";
import { formatDate, isoDay } from "@/lib/format";
import type { BlocPosition } from "@/lib/positions/bloc";
import { actorPath } from "@/lib/negotiations/paths";
import { StanceBadge } from "./stance-badge";
import { StatementQuote } from "./statement-quote";

/** "2 support, 1 conditional": how the members who spoke on an issue stand, in the legend's order. */
function tallyText(tally: BlocPosition["issues"][number]["tally"]): string {
  return STANCES.filter((s) => tally[s])
    .map((s) => `${tally[s]} ${STANCE_STYLES[s].label.toLowerCase()}`)
    .join(", ");
}

export function BlocPositionView({ position }: { position: BlocPosition }) {
  return (
    <>
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600 dark:text-slate-400">Bloc</p>
        <h1 className="text-2xl font-semibold tracking-tight">Position of {position.bloc}</h1>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-200">
          Gathered from what its members said: each member&apos;s latest statement on each issue, newest first, with the words as quoted and the sources. A bloc has no stance of its own here; where its members differ, each is shown.
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Members with statements: {position.members.map((m) => m.name).join(", ") || "none"}
          {position.silent.length > 0 && <> · no statement recorded for {position.silent.map((m) => m.name).join(", ")}</>}
        </p>
      </header>
      {position.issues.length === 0 ? (
        <EmptyState title="No statement recorded">No member of this bloc has a published statement in this negotiation.</EmptyState>
      ) : (
        <ol className="space-y-6" data-testid="bloc-issues">
          {position.issues.map(({ issue, statements, tally }) => (
            <li key={issue.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-issue={issue.id}>
              <h2 className="font-semibold">{issue.title}</h2>
              {issue.proposition && (
                <p className="text-sm">
                  <span className="font-semibold">On the proposition:</span> “{issue.proposition}”
                </p>
              )}
              <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="bloc-tally">
                {statements.length === 1 ? "1 member spoke" : `${statements.length} members spoke`}: {tallyText(tally)}
              </p>
              <ul className="mt-3 space-y-4">
                {statements.map(({ actor, statement, earlier }) => (
                  <li key={actor.id} data-testid="bloc-statement" className="border-t border-slate-100 pt-3 first:border-0 first:pt-0 dark:border-slate-800">
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <Link href={actorPath(actor.id)} className="font-medium underline-offset-2 hover:underline">
                        {actor.name}
                      </Link>
                      <span className="text-xs text-slate-600 dark:text-slate-400">{actor.role}</span>
                      <StanceBadge stance={statement.stance} />
                      <time className="text-xs text-slate-600 dark:text-slate-400" dateTime={isoDay(statement.statedAt)}>
                        {formatDate(statement.statedAt, { approx: statement.dateApprox })}
                      </time>
                      {earlier > 0 && <span className="text-xs text-slate-600 dark:text-slate-400">({earlier} earlier statement{earlier > 1 ? "s" : ""})</span>}
                    </div>
                    <p className="mt-1 text-sm">{statement.summary}</p>
                    <StatementQuote quote={statement} />
                    <div className="mt-2">
                      <SourceList citations={statement.citations} />
                    </div>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
