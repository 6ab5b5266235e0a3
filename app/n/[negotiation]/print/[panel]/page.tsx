import { notFound } from "next/navigation";
import { Fragment } from "react";
import { rowRelationLabel, type RowRelation } from "@/lib/drafts/compare";
import { listIssues } from "@/lib/issues/queries";
import { listNegotiationOverviews } from "@/lib/negotiations/queries";
import { KeyCharts } from "@/components/charts/key-charts";
import { DraftComparison } from "@/components/drafts/draft-comparison";
import { PrintFrame } from "@/components/print/print-frame";
import { PrintMatrix } from "@/components/print/print-matrix";
import { TerritoryMap } from "@/components/territories/territory-map";
import { getKeyChartsData } from "@/lib/charts";
import { defaultComparison, getComparison, listDrafts } from "@/lib/drafts/queries";
import { pickKeys } from "@/lib/http/query-params";
import { serialize } from "@/lib/json/serialized";
import { panelExportSchema, PANELS, type Panel } from "@/lib/pdf/options";
import { CHART_TITLES, PANEL_EXPORTS } from "@/lib/pdf/panels";
import { requirePrintToken } from "@/lib/pdf/print-access";
import { getPositionMatrix } from "@/lib/positions/queries";
import { getMapGeometry } from "@/lib/territories/geometry";
import { getMapData } from "@/lib/territories/queries";
import { printNegotiation } from "@/lib/negotiations/print";
import { negotiationPath } from "@/lib/negotiations/paths";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ negotiation: string; panel: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** One dashboard panel as the PDF shows it; reached only by the export's headless browser. */
export default async function PrintPanel({ params, searchParams }: Props) {
  const { panel: name, negotiation: slug } = await params;
  if (!(PANELS as readonly string[]).includes(name)) notFound();
  const panel = name as Panel;
  const query = await searchParams;
  requirePrintToken(negotiationPath(decodeURIComponent(slug), `/print/${panel}`), query);
  const negotiation = await printNegotiation(slug, query);
  const nId = negotiation.id;
  const spec = PANEL_EXPORTS[panel];
  const record = Object.fromEntries(Object.entries(query).filter((e): e is [string, string | string[]] => e[1] !== undefined));
  const filter = spec.schema.safeParse(pickKeys(spec.schema, record));
  const options = panelExportSchema.safeParse({ kind: panel, paper: query.paper, marking: query.marking });
  if (!filter.success || !options.success) notFound();
  const f = filter.data as Record<string, unknown>;

  let body: React.ReactNode;
  // What the export shows, in words: a page printed from a filtered view must say so.
  const selection: [string, string][] = [];
  const names = (ids: unknown, all: { id: string; title: string }[]) => ((ids as string[] | undefined)?.length ? (ids as string[]).map((id) => all.find((i) => i.id === id)?.title ?? id).join("; ") : "all");
  if (panel === "positions") {
    const matrix = await getPositionMatrix(nId, { bloc: (f.bloc as string[]) ?? [], issue: (f.issue as string[]) ?? [] });
    selection.push(["Blocs", (f.bloc as string[] | undefined)?.length ? (f.bloc as string[]).join("; ") : "all"], ["Issues", names(f.issue, matrix.allIssues)]);
    body = <PrintMatrix matrix={matrix} />;
  } else if (panel === "map") {
    const mapData = await getMapData(nId);
    selection.push(["Layer", mapData.layers.find((l) => l.id === f.layer)?.label ?? mapData.layers[0]?.label ?? "Current control"]);
    body = <TerritoryMap geometry={await getMapGeometry(nId)} data={serialize(mapData)} />;
  } else if (panel === "compare") {
    const drafts = await listDrafts(nId);
    const pair = f.a && f.b ? { a: f.a as string, b: f.b as string } : await defaultComparison(nId, drafts);
    if (!pair) notFound();
    const comparison = await getComparison(nId, pair.a, pair.b);
    const relations = (f.relation as RowRelation[] | undefined) ?? [];
    selection.push(
      ["Drafts", `${comparison.left.name} → ${comparison.right.name}`],
      ["Relations", relations.length ? relations.map(rowRelationLabel).join("; ") : "all"],
      ["Issues", names(f.issue, await listIssues(nId))],
    );
    body = <DraftComparison drafts={serialize(drafts)} pair={pair} initial={serialize(comparison)} issues={[]} />;
  } else {
    const only = f.chart as string | undefined;
    const charts = await getKeyChartsData(nId);
    selection.push(["Charts", only ? CHART_TITLES[only as keyof typeof CHART_TITLES] : "all"]);
    body = (
      <>
        {only && <style>{`[data-chart-frame]:not([data-testid="chart-${only}"]) { display: none; }`}</style>}
        <KeyCharts {...charts} />
      </>
    );
  }
  const asOf = (await listNegotiationOverviews("published", [])).find((o) => o.id === nId)?.lastChange ?? null;
  return (
    <PrintFrame paper={options.data.paper}>
      <article className={`space-y-4 ${spec.wide ? "print-wide" : ""}`} data-testid="print-document">
        <header>
          {options.data.marking && <p className="text-sm font-bold uppercase tracking-[0.2em] text-rose-800">{options.data.marking}</p>}
          <p className="text-sm font-semibold text-slate-700" data-testid="print-negotiation">{negotiation.title}</p>
          <h1 className="text-2xl font-semibold">{spec.title}</h1>
          <p className="text-sm text-slate-600">
            Printed {stamp.format(new Date())} UTC from Parley.{asOf ? ` Data as of ${stamp.format(asOf)} UTC.` : ""}
          </p>
          <dl className="mt-1 grid grid-cols-[8rem_1fr] gap-x-2 text-sm" data-testid="print-selection">
            {selection.map(([term, value]) => (
              <Fragment key={term}>
                <dt className="font-semibold">{term}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
        </header>
        {body}
      </article>
    </PrintFrame>
  );
}
