import type { Metadata } from "next";
import { NegotiationLink } from "@/components/negotiations/negotiation-context";
import { notFound } from "next/navigation";
import { BriefingView } from "@/components/briefing/briefing-view";
import { ExportDialog } from "@/components/export/export-dialog";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";
import { getBriefing } from "@/lib/briefings/queries";

export const dynamic = "force-dynamic";

type Props = NegotiationPageProps<{ slug: string }>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { negotiation, preview, params } = await pageNegotiation(props);
  const briefing = await getBriefing(negotiation.id, params.slug, preview);
  return { title: briefing?.title ?? "Briefing" };
}

export default async function BriefingPage(props: Props) {
  const { negotiation, preview, params } = await pageNegotiation(props);
  const briefing = await getBriefing(negotiation.id, params.slug, preview);
  if (!briefing) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <NegotiationLink view="/briefings" className="underline underline-offset-2">
          Briefings
        </NegotiationLink>{" "}
        / {briefing.title}
      </nav>
      {preview && <PreviewBanner status={briefing.status} />}
      <div className="no-print flex justify-end">
        <ExportDialog slug={briefing.slug} marking={briefing.marking} preview={preview} />
      </div>
      <BriefingView briefing={briefing} />
    </div>
  );
}
