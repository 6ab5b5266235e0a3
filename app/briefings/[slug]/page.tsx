import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefingView } from "@/components/briefing/briefing-view";
import { ExportDialog } from "@/components/export/export-dialog";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { wantsPreview } from "@/lib/auth/preview";
import { getBriefing } from "@/lib/briefings/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const briefing = await getBriefing((await params).slug, false);
  return { title: briefing?.title ?? "Briefing" };
}

export default async function BriefingPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const preview = await wantsPreview(await searchParams);
  const briefing = await getBriefing(slug, preview);
  if (!briefing) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/briefings" className="underline underline-offset-2">
          Briefings
        </Link>{" "}
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
