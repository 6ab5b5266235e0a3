import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceDossierView } from "@/components/sources/source-dossier";
import { idParam } from "@/lib/http/query-params";
import { getSourceDossier } from "@/lib/sources/queries";
import { hiddenFromPageViewer } from "@/lib/negotiations/access";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ id: string }> };

/** The source's dossier without the restricted negotiations hidden from this reader. */
const load = async (id: string) => (idParam.safeParse(id).success ? getSourceDossier(id, await hiddenFromPageViewer()) : null);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const source = await load((await params).id);
  return { title: source ? `${source.outlet}: ${source.title}` : "Source not found" };
}

/** One source, shared by every negotiation: its grading and where it is cited. */
export default async function SourcePage({ params }: Params) {
  const source = await load((await params).id);
  if (!source) notFound();
  return <SourceDossierView source={source} />;
}
