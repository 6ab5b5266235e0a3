import { notFound } from "next/navigation";
import { BriefingDocumentView } from "@/components/print/briefing-document";
import { PrintFrame } from "@/components/print/print-frame";
import { findBriefingForExport, loadBriefingDocument } from "@/lib/pdf/document";
import { briefingExportSchema } from "@/lib/pdf/options";
import { requirePrintToken } from "@/lib/pdf/print-access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props) {
  const { slug } = await params;
  requirePrintToken(`/print/briefings/${slug}`, await searchParams);
  const briefing = await findBriefingForExport(slug, true);
  return { title: { absolute: briefing?.title ?? "Parley briefing" } };
}

/** The briefing as the PDF shows it; reached only by the export's headless browser (signed token). */
export default async function PrintBriefing({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  requirePrintToken(`/print/briefings/${slug}`, query);
  const sections = typeof query.sections === "string" ? query.sections.split(",") : undefined;
  const options = briefingExportSchema.safeParse({ kind: "briefing", slug, paper: query.paper, sections, marking: query.marking });
  if (!options.success) notFound();
  const doc = await loadBriefingDocument(slug, options.data.sections, query.preview === "1");
  if (!doc) notFound();
  return (
    <PrintFrame paper={options.data.paper}>
      <BriefingDocumentView doc={doc} sections={options.data.sections} marking={options.data.marking || doc.briefing.marking} />
    </PrintFrame>
  );
}
