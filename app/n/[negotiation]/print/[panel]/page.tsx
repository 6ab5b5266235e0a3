import { notFound } from "next/navigation";
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
import { PANEL_EXPORTS } from "@/lib/pdf/panels";
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
  if (panel === "positions") {
    body = <PrintMatrix matrix={await getPositionMatrix(nId, { bloc: (f.bloc as string[]) ?? [], issue: (f.issue as string[]) ?? [] })} />;
  } else if (panel === "map") {
    body = <TerritoryMap geometry={await getMapGeometry(nId)} data={serialize(await getMapData(nId))} />;
  } else if (panel === "compare") {
    const drafts = await listDrafts(nId);
    const pair = f.a && f.b ? { a: f.a as string, b: f.b as string } : await defaultComparison(nId, drafts);
    if (!pair) notFound();
    const comparison = await getComparison(nId, pair.a, pair.b);
    body = <DraftComparison drafts={serialize(drafts)} pair={pair} initial={serialize(comparison)} issues={[]} />;
  } else {
    const only = f.chart as string | undefined;
    body = (
      <>
        {only && <style>{`[data-chart-frame]:not([data-testid="chart-${only}"]) { display: none; }`}</style>}
        <KeyCharts {...await getKeyChartsData(nId)} />
      </>
    );
  }
  return (
    <PrintFrame paper={options.data.paper}>
      <article className={`space-y-4 ${spec.wide ? "print-wide" : ""}`} data-testid="print-document">
        <header>
          {options.data.marking && <p className="text-sm font-bold uppercase tracking-[0.2em] text-rose-800">{options.data.marking}</p>}
          <p className="text-sm font-semibold text-slate-700" data-testid="print-negotiation">{negotiation.title}</p>
          <h1 className="text-2xl font-semibold">{spec.title}</h1>
          <p className="text-sm text-slate-600">Printed {stamp.format(new Date())} UTC from Parley.</p>
        </header>
        {body}
      </article>
    </PrintFrame>
  );
}
