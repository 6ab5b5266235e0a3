import { notFound } from "next/navigation";
import { BriefingDocumentView } from "@/components/print/briefing-document";
import { getMapGeometry } from "@/lib/territories/geometry";
import { PrintFrame } from "@/components/print/print-frame";
import { findBriefingForExport, loadBriefingDocument } from "@/lib/pdf/document";
import { briefingExportSchema } from "@/lib/pdf/options";
import { requirePrintToken } from "@/lib/pdf/print-access";
import { printNegotiation } from "@/lib/negotiations/print";
import { negotiationPath } from "@/lib/negotiations/paths";
import { listChanges } from "@/lib/updates/changes";
import { sinceDate } from "@/lib/updates/schema";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ negotiation: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props) {
  const { slug, negotiation: n } = await params;
  const query = await searchParams;
  requirePrintToken(negotiationPath(decodeURIComponent(n), `/print/briefings/${slug}`), query);
  const negotiation = await printNegotiation(n, query);
  const briefing = await findBriefingForExport(negotiation.id, slug, true);
  return { title: { absolute: briefing?.title ?? "Parley briefing" } };
}

/** The briefing as the PDF shows it; reached only by the export's headless browser (signed token). */
export default async function PrintBriefing({ params, searchParams }: Props) {
  const { slug, negotiation: n } = await params;
  const query = await searchParams;
  requirePrintToken(negotiationPath(decodeURIComponent(n), `/print/briefings/${slug}`), query);
  const negotiation = await printNegotiation(n, query);
  const sections = typeof query.sections === "string" ? query.sections.split(",") : undefined;
  const options = briefingExportSchema.safeParse({ kind: "briefing", slug, paper: query.paper, sections, marking: query.marking, changesSince: query.changesSince });
  if (!options.success) notFound();
  const doc = await loadBriefingDocument(negotiation, slug, options.data.sections, query.preview === "1");
  if (!doc) notFound();
  const mapGeometry = options.data.sections.includes("map") ? await getMapGeometry(negotiation.id) : null;
  const since = options.data.changesSince ? sinceDate(options.data.changesSince) : null;
  // The export checked that the reader may read this negotiation; the section lists only its changes.
  const changes = since ? { since, groups: await listChanges({ since, hidden: [], negotiationId: negotiation.id }) } : null;
  return (
    <PrintFrame paper={options.data.paper}>
      <BriefingDocumentView doc={doc} sections={options.data.sections} marking={options.data.marking || doc.briefing.marking} mapGeometry={mapGeometry} changes={changes} />
    </PrintFrame>
  );
}
