"use client";
import { Fragment } from "react";
import Link from "next/link";
import { NegotiationLink, useNegotiationParam } from "@/components/negotiations/negotiation-context";
import { actorPath } from "@/lib/negotiations/paths";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/layout/viewer-context";
import { Drawer } from "@/components/ui/drawer";
import { ErrorState } from "@/components/ui/states";
import { ToggleChip } from "@/components/ui/toggle-chip";
import { STANCE_STYLES } from "@/lib/domain/stance-style";
import { formatDate } from "@/lib/format";
import { useUrlFilter } from "@/lib/hooks/use-url-filter";
import { usePreviewParam } from "@/lib/hooks/use-preview";
import { getJson } from "@/lib/http/client";
import type { Serialized } from "@/lib/json/serialized";
import type { PositionMatrix as Matrix } from "@/lib/positions/queries";
import { DEFAULT_MATRIX_FILTER, matrixFilterSchema, type MatrixFilter } from "@/lib/positions/schema";
import { ChangeMark, ChangeMarkersLegend, useChangeMarkers, useReadWhenOpen } from "@/components/updates/change-markers";
import { forCell } from "@/lib/updates/markers";
import { PositionHistoryPanel } from "./position-history";
import { StanceLegend } from "./stance-badge";

type Props = {
  initialFilter: MatrixFilter;
  initialMatrix: Serialized<Matrix>;
  /** Show at most this many actors (the dashboard's summary); the full matrix is on /positions. */
  maxActors?: number;
  /** How many actors the unfiltered first view has when initialMatrix was trimmed to maxActors. */
  totalActors?: number;
  /** How many issues the full matrix has when initialMatrix shows only some (the briefing's). */
  totalIssues?: number;
};

export function PositionMatrix({ initialFilter, initialMatrix, maxActors, totalActors, totalIssues }: Props) {
  const [filter, setFilter] = useUrlFilter(matrixFilterSchema, DEFAULT_MATRIX_FILTER);
  const preview = usePreviewParam();
  const dataFilter = { ...useNegotiationParam(), bloc: filter.bloc, issue: filter.issue, ...preview };
  const isInitial = JSON.stringify({ bloc: filter.bloc, issue: filter.issue }) === JSON.stringify({ bloc: initialFilter.bloc, issue: initialFilter.issue });
  const query = useQuery({
    // The dashboard's summary (fewer actors and issues) is cached apart from the full matrix, or
    // /positions would open on the summary after visiting the dashboard.
    queryKey: ["positions", "matrix", dataFilter, maxActors !== undefined || totalIssues !== undefined ? "summary" : "full"],
    queryFn: ({ signal }) => getJson<Serialized<Matrix>>("/api/positions", dataFilter, signal),
    initialData: isInitial ? initialMatrix : undefined,
    placeholderData: keepPreviousData,
  });
  const matrix = query.data ?? initialMatrix;
  const actors = maxActors ? matrix.actors.slice(0, maxActors) : matrix.actors;
  const actorCount = matrix === initialMatrix && totalActors !== undefined ? totalActors : matrix.actors.length;
  const issueCount = matrix === initialMatrix && totalIssues !== undefined ? totalIssues : matrix.issues.length;
  const canEdit = useCan("edit");
  const [openActor, openIssue] = filter.cell?.split(":") ?? [];
  const actorName = matrix.actors.find((a) => a.id === openActor)?.name ?? openActor;
  const issueTitle = matrix.allIssues.find((i) => i.id === openIssue)?.title ?? openIssue;
  const markers = useChangeMarkers("positions");
  useReadWhenOpen(openActor && openIssue ? forCell(markers.items, openActor, openIssue) : [], !!filter.cell, markers.markRead);

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-col gap-3">
        <fieldset>
          <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Bloc</legend>
          <div className="mt-1 flex flex-wrap gap-1">
            {matrix.blocs.map((bloc) => (
              <ToggleChip key={bloc} on={filter.bloc.includes(bloc)} onToggle={() => setFilter({ bloc: toggle(filter.bloc, bloc) })}>
                {bloc}
              </ToggleChip>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Issues</legend>
          <div className="mt-1 flex flex-wrap gap-1">
            {matrix.allIssues.map((issue) => (
              <ToggleChip key={issue.id} on={filter.issue.includes(issue.id)} onToggle={() => setFilter({ issue: toggle(filter.issue, issue.id) })}>
                {issue.title}
              </ToggleChip>
            ))}
          </div>
        </fieldset>
        <StanceLegend />
        <ChangeMarkersLegend markers={markers} count={markers.items.filter((i) => i.type === "positions").length} />
      </div>

      {query.isError && <ErrorState title="The matrix could not be updated" message={query.error.message} onRetry={() => query.refetch()} />}
      {matrix.actors.length === 0 ? (
        <p role="status" className="rounded border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
          No actor matches these filters.
        </p>
      ) : (
        <div className={`max-h-[75vh] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800 ${query.isPlaceholderData ? "opacity-60" : ""}`}>
          <table className="position-matrix border-separate border-spacing-0 text-sm" data-testid="position-matrix">
            <caption className="sr-only">Current stance of each actor on each issue; select a cell for its history.</caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 top-0 z-20 bg-slate-100 px-3 py-2 text-left dark:bg-slate-800">
                  Actor
                </th>
                {matrix.issues.map((issue) => (
                  <th key={issue.id} scope="col" className="sticky top-0 z-10 min-w-24 max-w-32 bg-slate-100 px-2 py-2 text-left align-bottom text-xs font-semibold dark:bg-slate-800">
                    <NegotiationLink
                      view={`/issues/${encodeURIComponent(issue.id)}`}
                      prefetch={false}
                      className="hover:underline"
                      title={issue.proposition ? `Stances on: “${issue.proposition}”` : undefined}
                    >
                      {issue.title}
                    </NegotiationLink>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {actors.map((actor) => (
                <tr key={actor.id}>
                  <th scope="row" className="sticky left-0 z-10 min-w-40 max-w-56 border-t border-slate-200 bg-white px-3 py-1.5 text-left font-medium dark:border-slate-800 dark:bg-slate-900">
                    <Link href={actorPath(actor.id)} prefetch={false} className="hover:underline">
                      {actor.name}
                    </Link>
                    <NegotiationLink view={`/blocs/${encodeURIComponent(actor.bloc)}`} prefetch={false} className="block text-xs font-normal text-slate-600 hover:underline dark:text-slate-400" title={`The position of ${actor.bloc}: every member's statements`}>
                      {actor.bloc}
                    </NegotiationLink>
                  </th>
                  {matrix.issues.map((issue) => {
                    const cell = matrix.cells[`${actor.id}:${issue.id}`];
                    if (!cell) {
                      return (
                        <td key={issue.id}>
                          <span className="matrix-empty" />
                        </td>
                      );
                    }
                    const style = STANCE_STYLES[cell.stance];
                    const changes = cell.changes > 0 ? `; changed ${cell.changes} time${cell.changes > 1 ? "s" : ""}` : "";
                    const marked = forCell(markers.items, actor.id, issue.id);
                    return (
                      <td key={issue.id}>
                        <button
                          type="button"
                          className="matrix-cell"
                          data-stance={cell.stance}
                          data-testid={`cell-${actor.id}-${issue.id}`}
                          onClick={() => setFilter({ cell: `${actor.id}:${issue.id}` }, { resetPage: false })}
                          title={`${actor.name} on ${issue.title}: ${style.label}, ${formatDate(cell.statedAt)}${changes}`}
                        >
                          {/* The word as well as the symbol: colour and shape alone are easy to misread. */}
                          <span aria-hidden="true" className="whitespace-nowrap">
                            {style.symbol} {style.label}
                            {cell.changes > 0 ? ` ↻${cell.changes}` : ""}
                          </span>
                          <ChangeMark items={marked} className="absolute -right-1 -top-1" />
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        ↻ n: the stance changed n times; the cell shows the latest statement.
        {matrix.issues.length < issueCount && filter.issue.length === 0 && (
          <span data-testid="matrix-summary">
            {" "}
            Showing the {matrix.issues.length} issues of the briefing above, of {issueCount}:{" "}
            <NegotiationLink view="/positions" className="underline">
              every issue
            </NegotiationLink>
            .
          </span>
        )}
        {actors.length < actorCount && (
          <>
            {" "}
            Showing {actors.length} of {actorCount} actors:{" "}
            <NegotiationLink view="/positions" className="underline">
              see them all
            </NegotiationLink>
            .
          </>
        )}
      </p>
      {matrix.issues.some((issue) => issue.proposition) && (
        <section aria-labelledby="propositions-title" className="text-sm">
          <h2 id="propositions-title" className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            What each column&apos;s stances are on
          </h2>
          <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,max-content)_1fr]" data-testid="propositions">
            {matrix.issues.map((issue) => (
              <Fragment key={issue.id}>
                <dt className="font-medium">{issue.title}</dt>
                <dd className="text-slate-700 dark:text-slate-300">{issue.proposition ? `“${issue.proposition}” — supports is for it, opposes against it` : "No proposition recorded: read each statement"}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}

      <Drawer open={!!filter.cell} title={`${actorName} on ${issueTitle}`} onClose={() => setFilter({ cell: undefined }, { resetPage: false })}>
        {openActor && openIssue && <PositionHistoryPanel actor={openActor} issue={openIssue} />}
        {openActor && openIssue && canEdit && (
          <Link
            href={`/admin/positions/new?${new URLSearchParams({ actorId: openActor, issueId: openIssue })}`}
            className="mt-4 inline-block rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950"
          >
            Record a new stance
          </Link>
        )}
      </Drawer>
    </div>
  );
}
