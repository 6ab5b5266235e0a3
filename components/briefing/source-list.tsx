import type { ReliabilityGrade } from "@/lib/domain/enums";
import { admiraltyDescription } from "@/lib/domain/labels";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { sourcePath } from "@/lib/negotiations/paths";

export type CitedSource = {
  id: string;
  locator: string | null;
  source: {
    id: string;
    title: string;
    outlet: string;
    url: string | null;
    publishedAt: Date | string | null;
    dateApprox: boolean;
    reliability: ReliabilityGrade;
    credibility: number;
  };
};

export function SourceList({ citations }: { citations: CitedSource[] }) {
  if (citations.length === 0) return <p className="text-xs text-slate-600">No sources recorded.</p>;
  return (
    <ol className="space-y-1 text-xs text-slate-600 dark:text-slate-300">
      {citations.map(({ id, locator, source }) => (
        <li key={id} className="flex gap-2">
          <abbr
            title={admiraltyDescription(source.reliability, source.credibility)}
            className="shrink-0 rounded bg-slate-200 px-1 font-mono font-semibold text-slate-800 no-underline dark:bg-slate-700 dark:text-slate-100"
            aria-label={`Grading ${admiraltyDescription(source.reliability, source.credibility)}`}
          >
            {source.reliability}
            {source.credibility}
          </abbr>
          <span>
            <span className="font-medium">{source.outlet}</span>
            {", "}
            {source.url ? (
              <a href={source.url} className="underline underline-offset-2" rel="noreferrer noopener" target="_blank">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            {source.publishedAt ? `, ${formatDate(source.publishedAt, { approx: source.dateApprox })}` : ""}
            {locator ? ` (${locator})` : ""}{" "}
            <Link href={sourcePath(source.id)} prefetch={false} className="no-print underline underline-offset-2" aria-label={`Where ${source.outlet}: ${source.title} is cited`}>
              cited where
            </Link>
          </span>
        </li>
      ))}
    </ol>
  );
}
