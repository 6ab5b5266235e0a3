"use client";
import { Fragment, useEffect, useState, type ReactNode } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { NegotiationLink, useNegotiationParam } from "@/components/negotiations/negotiation-context";
import { SourceList } from "@/components/briefing/source-list";
import { ReactionBadge } from "@/components/positions/stance-badge";
import { Badge } from "@/components/ui/badge";
import { Drawer } from "@/components/ui/drawer";
import { Field, inputClass } from "@/components/ui/field";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { ToggleChip } from "@/components/ui/toggle-chip";
import { rowRelationLabel, type RowRelation } from "@/lib/drafts/compare";
import { filterRows } from "@/lib/drafts/filter";
import type { Comparison, ComparisonRow, DraftSummary } from "@/lib/drafts/queries";
import { compareFilterSchema, DEFAULT_COMPARE_FILTER, ROW_RELATIONS } from "@/lib/drafts/schema";
import { formatDate } from "@/lib/format";
import { useUrlFilter } from "@/lib/hooks/use-url-filter";
import { usePreviewParam } from "@/lib/hooks/use-preview";
import { getJson } from "@/lib/http/client";
import { toSearchParams } from "@/lib/http/query-params";
import type { Serialized } from "@/lib/json/serialized";
import { ChangeMark, ChangeMarkersLegend, useChangeMarkers, useReadWhenOpen } from "@/components/updates/change-markers";
import { forRow } from "@/lib/updates/markers";
import { DiffText } from "./diff-text";
import { RELATION_TONES } from "./relation-tones";

type Data = Serialized<Comparison>;
type Row = Serialized<ComparisonRow>;
type Point = Row["left"][number];
type Reaction = Point["reactions"][number];

const relationLabel = rowRelationLabel;

type Props = {
  drafts: Serialized<DraftSummary>[];
  pair: { a: string; b: string };
  initial: Data;
  issues: { id: string; title: string }[];
};

export function DraftComparison({ drafts, pair, initial, issues }: Props) {
  const [filter, setFilter] = useUrlFilter(compareFilterSchema, DEFAULT_COMPARE_FILTER);
  const a = filter.a ?? pair.a;
  const b = filter.b ?? pair.b;
  const preview = usePreviewParam();
  const { negotiation } = useNegotiationParam();
  const query = useQuery({
    queryKey: ["compare", negotiation, a, b, preview],
    queryFn: ({ signal }) => getJson<Data>("/api/compare", { negotiation, a, b, ...preview }, signal),
    initialData: a === pair.a && b === pair.b ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const [reaction, setReaction] = useState<{ point: Point; reaction: Reaction } | null>(null);

  // Follow a row permalink once the rows are there.
  useEffect(() => {
    if (filter.row) document.getElementById(`row-${filter.row}`)?.scrollIntoView({ block: "center" });
  }, [filter.row, query.data]);

  const data = query.data;
  const rows = data ? filterRows(data.rows, filter) : [];
  const markers = useChangeMarkers("compare");
  const missingSide = (row: Row, side: "earlier" | "later"): Missing => {
    // How it is known, in the alignment's own terms: a reported drop is not an inferred one.
    const how = (relation: string) => {
      const statuses = new Set(row.alignments.filter((al) => al.relation === relation).map((al) => al.reporting));
      return statuses.has("reported") ? "reported" : statuses.has("unconfirmed") ? "unconfirmed" : "inferred from its absence";
    };
    if (row.relation === "dropped" && side === "later") return { text: `Dropped (${how("dropped")})`, known: true };
    if (row.relation === "added" && side === "earlier") return { text: `Not in the earlier draft (added, ${how("added")})`, known: true };
    const other = side === "later" ? data?.right : data?.left;
    const partial = other?.declaredPointCount && other.declaredPointCount > other.pointCount ? `; its text is not public in full (${other.pointCount} of ${other.declaredPointCount} points known)` : "";
    return { text: `Counterpart unknown: nothing is recorded about this point in ${other?.name ?? "the other draft"}${partial}.`, known: false };
  };
  const markedFor = (row: Row) => forRow(markers.items, [...row.left, ...row.right].map((p) => p.id), row.alignments.map((al) => al.id));
  const openRow = filter.row ? data?.rows.find((r) => r.key === filter.row) : undefined;
  useReadWhenOpen(openRow ? markedFor(openRow) : [], !!openRow, markers.markRead);
  const csvHref = `/api/compare/csv?${toSearchParams({ negotiation, a, b, relation: filter.relation, issue: filter.issue })}`;
  const toggleRelation = (r: RowRelation) =>
    setFilter({ relation: filter.relation.includes(r) ? filter.relation.filter((x) => x !== r) : [...filter.relation, r] }, { resetPage: false });

  return (
    <div className="space-y-4">
      <div className="no-print grid gap-3 sm:grid-cols-[1fr_auto_1fr_1fr] sm:items-end">
        <Field label="Earlier draft" htmlFor="compare-a">
          <select id="compare-a" className={inputClass} value={a} onChange={(e) => setFilter({ a: e.target.value, row: undefined })}>
            {drafts.map((d) => (
              <option key={d.id} value={d.id} disabled={d.id === b}>
                {d.name} ({formatDate(d.date)})
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600" onClick={() => setFilter({ a: b, b: a, row: undefined })} aria-label="Swap the drafts">
          ⇄
        </button>
        <Field label="Later draft" htmlFor="compare-b">
          <select id="compare-b" className={inputClass} value={b} onChange={(e) => setFilter({ b: e.target.value, row: undefined })}>
            {drafts.map((d) => (
              <option key={d.id} value={d.id} disabled={d.id === a}>
                {d.name} ({formatDate(d.date)})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Issue" htmlFor="compare-issue">
          <select id="compare-issue" className={inputClass} value={filter.issue[0] ?? ""} onChange={(e) => setFilter({ issue: e.target.value ? [e.target.value] : [] })}>
            <option value="">All issues</option>
            {issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </select>
        </Field>
      </div>

      {query.isError ? (
        <ErrorState title="The comparison could not be loaded" message={query.error.message} onRetry={() => query.refetch()} />
      ) : !data ? (
        <p aria-busy="true">Loading the comparison…</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2" data-testid="relation-counts">
            <span className="text-sm text-slate-600 dark:text-slate-300">
              {data.rows.length} rows · {data.alignmentCount} recorded alignments. Filter by relation:
            </span>
            {ROW_RELATIONS.filter((r) => data.counts[r]).map((r) => (
              <ToggleChip key={r} on={filter.relation.includes(r)} onToggle={() => toggleRelation(r)} data-relation={r}>
                {relationLabel(r)}: {data.counts[r]}
              </ToggleChip>
            ))}
            <a href={csvHref} download className="no-print ml-auto rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-600" data-testid="csv-export">
              ⤓ CSV ({rows.length} rows)
            </a>
          </div>
          <ChangeMarkersLegend markers={markers} count={data.rows.filter((r) => markedFor(r).length).length} />

          {data.alignmentCount === 0 && (
            <section role="note" aria-label="What is known of this pair" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="no-alignments">
              <p>
                No point of {data.right.name} is paired with a point of {data.left.name}: no point-by-point alignment between them has been reported, so nothing here says which
                points were kept, changed or dropped.
                {data.right.declaredPointCount && data.right.declaredPointCount > data.right.pointCount
                  ? ` ${data.right.name} is reported to have ${data.right.declaredPointCount} points; something is known of ${data.right.pointCount} of them.`
                  : ""}
              </p>
              {data.right.summary && (
                <div>
                  <h2 className="font-semibold">What is reported about {data.right.name}</h2>
                  <p className="whitespace-pre-line">{data.right.summary}</p>
                </div>
              )}
              <p>
                <NegotiationLink view="/drafts" className="underline underline-offset-2">
                  The lineage of the known points
                </NegotiationLink>{" "}
                follows each point through every version where reporting links them.
              </p>
            </section>
          )}

          {rows.length === 0 ? (
            <EmptyState title="No rows match these filters">
              <button type="button" className="no-print underline" onClick={() => setFilter({ relation: [], issue: [] })}>
                Clear the filters
              </button>
            </EmptyState>
          ) : (
            <Unpaired when={data.alignmentCount === 0} rows={rows.length}>
            <div className={`overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800 ${query.isPlaceholderData ? "opacity-60" : ""}`}>
              <table className="w-full min-w-[48rem] border-separate border-spacing-0 text-sm" data-testid="comparison-table">
                <thead>
                  <tr className="text-left">
                    <th scope="col" className="sticky top-0 z-10 w-32 bg-slate-100 px-3 py-2 dark:bg-slate-800">
                      Relation
                    </th>
                    <th scope="col" className="sticky top-0 z-10 bg-slate-100 px-3 py-2 dark:bg-slate-800">
                      {data.left.name} <span className="font-normal text-slate-600">({formatDate(data.left.date)})</span>
                    </th>
                    <th scope="col" className="sticky top-0 z-10 bg-slate-100 px-3 py-2 dark:bg-slate-800">
                      {data.right.name} <span className="font-normal text-slate-600">({formatDate(data.right.date)})</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <Fragment key={row.key}>
                    {isLaterOnlyUnknown(row) && !(i > 0 && isLaterOnlyUnknown(rows[i - 1])) && (
                      <tr>
                        <th colSpan={3} scope="rowgroup" className="border-t-2 border-slate-300 bg-slate-50 px-3 py-2 text-left text-sm font-semibold dark:border-slate-600 dark:bg-slate-900" data-testid="later-unknown-heading">
                          Points of {data.right.name} nothing is recorded about: where they came from is not known
                        </th>
                      </tr>
                    )}
                    <tr
                      id={`row-${row.key}`}
                      data-relation={row.relation}
                      data-testid="comparison-row"
                      className={`align-top ${filter.row === row.key ? "bg-yellow-50 dark:bg-yellow-950" : ""}`}
                    >
                      <td className="border-t border-slate-200 px-3 py-2 dark:border-slate-800">
                        <Badge tone={RELATION_TONES[row.relation]}>{relationLabel(row.relation)}</Badge>
                        {row.disputed && (
                          <p className="mt-1" data-testid="disputed-row">
                            <Badge tone="warn" title="The alignments recorded for this row contradict each other (for instance a point both added and modified); editors have been asked to check">
                              Records disagree
                            </Badge>
                          </p>
                        )}
                        <ChangeMark items={markedFor(row)} className="ml-1" />
                        <a
                          href={`?${toSearchParams({ a, b, row: row.key })}#row-${row.key}`}
                          onClick={(e) => {
                            e.preventDefault();
                            setFilter({ row: row.key }, { resetPage: false });
                          }}
                          className="no-print ml-1 text-xs text-slate-600 hover:underline"
                          aria-label="Permalink to this row"
                        >
                          #
                        </a>
                        {row.staleReactions > 0 && (
                          <p className="mt-1" data-testid="stale-reactions">
                            <Badge tone="warn" title="The reactions were given to the earlier text, which this draft changed: they may not hold for the new one">
                              {row.staleReactions === 1 ? "1 reaction" : `${row.staleReactions} reactions`} to the earlier text
                            </Badge>
                          </p>
                        )}
                        {row.alignments.some((al) => al.note || al.citations.length) && (
                          <details className="mt-1 text-xs">
                            <summary className="cursor-pointer text-slate-600">Why</summary>
                            {row.alignments.map((al) => (
                              <div key={al.id} className="mt-1">
                                {al.note && <p>{al.note}</p>}
                                <p className="text-slate-600">Reporting: {al.reporting}</p>
                                <SourceList citations={al.citations} />
                              </div>
                            ))}
                          </details>
                        )}
                      </td>
                      <td className="border-t border-slate-200 px-3 py-2 dark:border-slate-800">
                        <PointList points={row.left} missing={missingSide(row, "earlier")} onReaction={(point, r) => setReaction({ point, reaction: r })} />
                      </td>
                      <td className="border-t border-slate-200 px-3 py-2 dark:border-slate-800">
                        <PointList points={row.right} diff={row.diff} missing={missingSide(row, "later")} onReaction={(point, r) => setReaction({ point, reaction: r })} />
                        {row.noDiffReason && (
                          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="no-diff">
                            {row.noDiffReason}
                          </p>
                        )}
                      </td>
                    </tr>
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
            </Unpaired>
          )}
        </>
      )}

      <Drawer open={!!reaction} title={reaction ? `${reaction.reaction.actor.name} on “${reaction.point.title}”` : ""} onClose={() => setReaction(null)}>
        {reaction && (
          <div className="space-y-2 text-sm">
            <p className="flex items-center gap-2">
              <ReactionBadge reaction={reaction.reaction.reaction} />
              <span className="text-slate-600">{formatDate(reaction.reaction.statedAt, { approx: reaction.reaction.dateApprox })}</span>
            </p>
            <p>{reaction.reaction.summary}</p>
            {reaction.reaction.quote && <blockquote className="border-l-4 border-slate-300 pl-3 italic dark:border-slate-600">“{reaction.reaction.quote}”</blockquote>}
            <SourceList citations={reaction.reaction.citations} />
          </div>
        )}
      </Drawer>
    </div>
  );
}

/** A later-draft point nothing is recorded about: listed after the aligned rows, under its own heading. */
const isLaterOnlyUnknown = (row: Row) => row.relation === "unaligned" && row.left.length === 0;

/** Without any alignment, the two drafts' points are there on request (and not printed): listed side by side they would look paired. */
function Unpaired({ when, rows, children }: { when: boolean; rows: number; children: ReactNode }) {
  if (!when) return <>{children}</>;
  return (
    <details className="print-closed" data-testid="unpaired-points">
      <summary className="cursor-pointer text-sm font-medium">Show the points of both drafts side by side anyway ({rows} rows, none paired)</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** What an empty side says: reported as dropped or added, or nothing known — never the same words. */
type Missing = { text: string; known: boolean };

function PointList({ points, diff, missing, onReaction }: { points: Point[]; diff?: Row["diff"]; missing: Missing; onReaction: (point: Point, reaction: Reaction) => void }) {
  if (points.length === 0)
    return (
      <p
        className={missing.known ? "font-medium text-rose-800 dark:text-rose-300" : "rounded border border-dashed border-slate-300 p-2 italic text-slate-600 dark:border-slate-600 dark:text-slate-400"}
        data-testid={missing.known ? "side-reported" : "side-unknown"}
      >
        {missing.text}
      </p>
    );
  return (
    <div className="space-y-3">
      {points.map((p) => (
        <div key={p.id} data-point-id={p.id}>
          <p className="font-semibold">
            {p.number !== null ? `${p.number}. ` : ""}
            {p.title}
          </p>
          {p.textStatus === "not_public" ? (
            <div className="mt-1">
              <Badge tone="warn">Text not public</Badge>
              {p.reported && <p className="mt-1 text-slate-700 dark:text-slate-200">Reported: {p.reported}</p>}
            </div>
          ) : diff && points.length === 1 ? (
            <DiffText segments={diff} />
          ) : (
            <p className="mt-1">{p.text}</p>
          )}
          {p.textStatus === "paraphrase" && <p className="text-xs text-slate-600">Paraphrase; the wording is not official.</p>}
          {p.citations.length > 0 && (
            <details className="mt-1 text-xs">
              <summary className="cursor-pointer text-slate-600">Sources ({p.citations.length})</summary>
              <SourceList citations={p.citations} />
            </details>
          )}
          {p.reactions.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-1" aria-label="Reactions">
              {p.reactions.map((r) => (
                <li key={r.id}>
                  <button type="button" onClick={() => onReaction(p, r)} className="inline-flex items-center gap-1 text-xs" aria-label={`${r.actor.name}: ${r.reaction}. Show quote and source`}>
                    <ReactionBadge reaction={r.reaction} compact />
                    <span className="underline-offset-2 hover:underline">{r.actor.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
