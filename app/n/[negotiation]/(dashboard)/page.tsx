import Link from "next/link";
import type { ReactNode } from "react";
import { BriefingView } from "@/components/briefing/briefing-view";
import { ExportDialog } from "@/components/export/export-dialog";
import { KeyCharts } from "@/components/charts/key-charts";
import { AtAGlance } from "@/components/dashboard/at-a-glance";
import { DraftsGlance } from "@/components/dashboard/drafts-glance";
import { PositionMatrix } from "@/components/positions/position-matrix";
import { TerritoryMap } from "@/components/territories/territory-map";
import { EmptyState } from "@/components/ui/states";
import { getLatestPublishedBriefing } from "@/lib/briefings/queries";
import { getKeyChartsData } from "@/lib/charts";
import { getGlance, getRecentChanges } from "@/lib/dashboard/glance";
import { hiddenFromPageViewer } from "@/lib/negotiations/access";
import { listNegotiationOverviews } from "@/lib/negotiations/queries";
import { defaultComparison, getComparison, listDrafts } from "@/lib/drafts/queries";
import { parsePageFilter } from "@/lib/http/query-params";
import { serialize } from "@/lib/json/serialized";
import { getPositionMatrix, trimMatrix } from "@/lib/positions/queries";
import { matrixFilterSchema } from "@/lib/positions/schema";
import { getMapGeometry } from "@/lib/territories/geometry";
import { getMapData } from "@/lib/territories/queries";
import { negotiationPath } from "@/lib/negotiations/paths";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

// Always read the database: editors publish between builds.
export const dynamic = "force-dynamic";

/** The week's window moves by the hour: one cached answer per hour, not per request. */
const startOfHour = (d: Date) => new Date(Math.floor(d.getTime() / 3_600_000) * 3_600_000);

/** The dashboard's matrix shows this many actors; /positions shows all of them. */
const DASHBOARD_ACTORS = 40;

function Panel({ id, title, href, children }: { id: string; title: string; href: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3">
      <div className="flex items-baseline justify-between gap-2 border-b border-slate-200 pb-1 dark:border-slate-800">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {title}
        </h2>
        <Link href={href} className="text-sm underline underline-offset-2">
          Open {title.toLowerCase()}
        </Link>
      </div>
      {children}
    </section>
  );
}

export async function generateMetadata(props: NegotiationPageProps) {
  const { negotiation } = await pageNegotiation(props);
  return { title: negotiation.title };
}

export default async function DashboardPage(props: NegotiationPageProps) {
  const { negotiation, query } = await pageNegotiation(props);
  const { filter: matrixFilter } = parsePageFilter(matrixFilterSchema, query);
  const drafts = await listDrafts(negotiation.id);
  const pair = await defaultComparison(negotiation.id, drafts);
  const [briefing, matrix, mapData, charts, comparison] = await Promise.all([
    getLatestPublishedBriefing(negotiation.id),
    getPositionMatrix(negotiation.id, matrixFilter),
    getMapData(negotiation.id),
    getKeyChartsData(negotiation.id),
    pair ? getComparison(negotiation.id, pair.a, pair.b) : null,
  ]);
  const to = (view: string) => negotiationPath(negotiation.slug, view);
  // A summary of the matrix: the briefing's issues (those its cards are about), unless the reader filtered.
  const briefingIssues = briefing && matrixFilter.issue.length === 0 ? [...new Set(briefing.cards.flatMap(({ card }) => card.issues.map((i) => i.id)))] : [];
  const dashboardMatrix = trimMatrix(matrix, DASHBOARD_ACTORS, briefingIssues);
  const hidden = await hiddenFromPageViewer();
  const [glance, recent, overviews] = await Promise.all([
    getGlance(negotiation.id, briefing ? briefing.cards.map(({ card }) => card.id) : []),
    getRecentChanges(negotiation.id, hidden, startOfHour(new Date())),
    listNegotiationOverviews("published", hidden),
  ]);
  const asOf = overviews.find((o) => o.id === negotiation.id)?.lastChange ?? null;

  return (
    <div className="space-y-12">
      <p className="text-xs font-semibold uppercase tracking-widest text-slate-600 dark:text-slate-400" data-testid="negotiation-title">
        {negotiation.title}
      </p>
      <AtAGlance glance={glance} recent={recent} asOf={asOf} briefing={briefing} />
      {briefing ? (
        <div className="space-y-2">
          <div className="no-print flex justify-end gap-3 text-sm">
            <Link href={negotiationPath(negotiation.slug, `/briefings/${briefing.slug}`)} className="self-center underline underline-offset-2">
              Permalink
            </Link>
            <ExportDialog slug={briefing.slug} marking={briefing.marking} />
          </div>
          <BriefingView briefing={briefing} />
        </div>
      ) : (
        <EmptyState title="No published briefing yet">When an editor publishes a briefing, its cards appear here.</EmptyState>
      )}
      <Panel id="positions" title="Actor positions" href={to("/positions")}>
        <PositionMatrix
          initialFilter={matrixFilter}
          initialMatrix={serialize(dashboardMatrix)}
          maxActors={DASHBOARD_ACTORS}
          totalActors={matrix.actors.length}
          totalIssues={matrix.issues.length}
        />
      </Panel>
      <Panel id="map" title="Territorial issues" href={to("/map")}>
        <TerritoryMap geometry={await getMapGeometry(negotiation.id)} data={serialize(mapData)} />
      </Panel>
      <Panel id="drafts" title="Draft comparison" href={to("/compare")}>
        <DraftsGlance drafts={drafts} comparison={comparison} />
      </Panel>
      <Panel id="charts" title="Key figures" href={to("/charts")}>
        <KeyCharts {...charts} />
      </Panel>
    </div>
  );
}
