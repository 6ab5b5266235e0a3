import type { Metadata } from "next";
import { FollowButton } from "@/components/updates/follow-button";
import Link from "next/link";
import { PointPicker } from "@/components/drafts/point-picker";
import { RELATION_TONES } from "@/components/drafts/relation-tones";
import { Badge } from "@/components/ui/badge";
import { EmptyState, FilterProblems } from "@/components/ui/states";
import { PROVENANCE_LABELS, RELATION_LABELS } from "@/lib/domain/labels";
import { getLineage, type Lineage } from "@/lib/drafts/queries";
import { lineageFilterSchema } from "@/lib/drafts/schema";
import { formatDate } from "@/lib/format";
import { AppError } from "@/lib/http/handler";
import { negotiationPath } from "@/lib/negotiations/paths";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { parsePageFilter } from "@/lib/http/query-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Lineage of a point" };

export default async function LineagePage(props: NegotiationPageProps) {
  const { negotiation, visibility, preview, query } = await pageNegotiation(props);
  const { filter, problems } = parsePageFilter(lineageFilterSchema, query);
  let lineage = null;
  try {
    lineage = await getLineage(negotiation.id, filter.point, visibility);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problems.push(error.message);
    lineage = await getLineage(negotiation.id, undefined, visibility);
  }
  if (!lineage) return <EmptyState title="No drafts yet" />;
  const pointName = new Map(lineage.versions.flatMap((v) => v.points.map((p) => [p.id, `${v.draft.name}${p.number !== null ? ` #${p.number}` : ""}`] as const)));

  return (
    <div className="space-y-4">
      {preview && <PreviewBanner />}
      <h1 className="text-2xl font-semibold tracking-tight">Lineage of a point</h1>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        One point followed through every version of the plan, by the alignments reporting supports. A split shows as several points in a later version; a merge as one point fed by several.
      </p>
      <FilterProblems problems={problems} />
      <PointPicker options={lineage.options} value={lineage.start} />
      <ol className="relative space-y-4 border-l-2 border-slate-300 pl-5 dark:border-slate-700" data-testid="lineage">
        {lineage.versions.map(({ draft, points, unlinkedOnSameIssue }) => {
          const outgoing = lineage.alignments.filter((al) => al.fromDraftId === draft.id && !al.disputed);
          const disagreements = lineage.disagreements.filter((c) => lineage.alignments.some((al) => al.id === c.alignmentIds[0] && al.fromDraftId === draft.id));
          return (
            <li key={draft.id} data-draft={draft.id} className="relative">
              <span className="absolute -left-[1.65rem] top-1 h-3 w-3 rounded-full border-2 border-white bg-slate-500 dark:border-slate-950" aria-hidden="true" />
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold">
                  {draft.name} <span className="text-sm font-normal text-slate-600">{formatDate(draft.date)} · {PROVENANCE_LABELS[draft.provenance]}</span>
                </h2>
                <FollowButton targetType="drafts" targetId={draft.id} label={draft.name} />
              </div>
              {points.length === 0 && unlinkedOnSameIssue.length > 0 ? (
                <div className="mt-1 text-sm" data-testid="unlinked-same-issue">
                  <p className="italic text-slate-600 dark:text-slate-400">
                    No recorded alignment links the followed point to this version. These of its points, on the same issue, are not linked to any other version; one of them may cover it:
                  </p>
                  <ul className="mt-1 list-disc pl-5">
                    {unlinkedOnSameIssue.map((p) => (
                      <li key={p.id}>
                        <Link className="underline" href={negotiationPath(negotiation.slug, "/drafts", { point: p.id })}>
                          {p.number !== null ? `${p.number}. ` : ""}
                          {p.title}
                        </Link>{" "}
                        <span className="text-slate-600 dark:text-slate-400">({p.issues.map((i) => i.title).join("; ")})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : points.length === 0 ? (
                <p className="text-sm italic text-slate-600 dark:text-slate-400">No recorded alignment links the followed point to this version.</p>
              ) : (
                <ul className="mt-1 space-y-2">
                  {points.map((p) => (
                    <li key={p.id} className="rounded border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900" data-point-id={p.id}>
                      <p className="font-medium">
                        {p.number !== null ? `${p.number}. ` : ""}
                        {p.title}
                        {p.id === lineage.start && <span className="ml-2 text-xs font-normal text-indigo-700 dark:text-indigo-300">(followed point)</span>}
                      </p>
                      <p className="mt-1">{p.text ?? (p.reported ? `Text not public. Reported: ${p.reported}` : "Text not public.")}</p>
                    </li>
                  ))}
                </ul>
              )}
              {disagreements.length > 0 && <DisputedRecords disagreements={disagreements} alignments={lineage.alignments} pointName={pointName} />}
              {outgoing.length > 0 && (
                <ul className="mt-2 space-y-1 text-xs" aria-label={`What became of it after ${draft.name}`}>
                  {outgoing.map((al) => (
                    <li key={al.id} className="flex flex-wrap items-center gap-1">
                      <span aria-hidden="true">↳</span>
                      <Badge tone={RELATION_TONES[al.relation]}>{RELATION_LABELS[al.relation]}</Badge>
                      <span>
                        {al.fromPointId ? pointName.get(al.fromPointId) : "—"} → {al.toPointId ? pointName.get(al.toPointId) : `not in ${lineage.versions.find((v) => v.draft.id === al.toDraftId)?.draft.name}`}
                      </span>
                      <span className="text-slate-600">({al.reporting})</span>
                      {al.note && <span className="text-slate-600 dark:text-slate-300">{al.note}</span>}
                      <Link href={negotiationPath(negotiation.slug, `/compare?a=${al.fromDraftId}&b=${al.toDraftId}`)} className="underline">
                        compare
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * Alignments that contradict each other (lib/drafts/contradictions.ts): shown as a disagreement
 * between records, with their notes, never as what happened to the point.
 */
function DisputedRecords({ disagreements, alignments, pointName }: { disagreements: Lineage["disagreements"]; alignments: Lineage["alignments"]; pointName: Map<string, string> }) {
  return (
    <ul className="mt-2 space-y-2 text-xs" aria-label="Records that disagree">
      {disagreements.map((c) => (
        <li key={c.alignmentIds.join("+")} className="rounded border border-dashed border-amber-500 p-2 dark:border-amber-400" data-testid="disputed-records">
          <p>
            <Badge tone="warn">Records disagree</Badge>{" "}
            <span>
              {pointName.get(c.pointId) ?? "A point"} is recorded both as {c.relations.map((r) => RELATION_LABELS[r]).join(" and as ")}. Editors have been asked to check; until then neither is shown as what happened.
            </span>
          </p>
          <ul className="mt-1 list-disc pl-5 text-slate-600 dark:text-slate-300">
            {alignments
              .filter((al) => c.alignmentIds.includes(al.id) && al.note)
              .map((al) => (
                <li key={al.id}>{al.note}</li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
