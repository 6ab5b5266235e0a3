import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlocPositionView } from "@/components/positions/bloc-position";
import { PreviewBanner } from "@/components/ui/preview-banner";
import { getBlocPosition } from "@/lib/positions/bloc";
import { negotiationPath } from "@/lib/negotiations/paths";
import { pageNegotiation, type NegotiationPageProps } from "@/lib/negotiations/resolve";

export const dynamic = "force-dynamic";
type Params = NegotiationPageProps<{ bloc: string }>;

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { params } = await pageNegotiation(props);
  return { title: `Position of ${decodeURIComponent(params.bloc)}` };
}

/** A bloc's position on every issue, gathered from its members' statements with their quotes. */
export default async function BlocPage(props: Params) {
  const { negotiation, visibility, preview, params } = await pageNegotiation(props);
  const position = await getBlocPosition(negotiation.id, decodeURIComponent(params.bloc), visibility);
  if (!position) notFound();
  return (
    <div className="space-y-6">
      {preview && <PreviewBanner />}
      <BlocPositionView position={position} />
      <p className="text-sm">
        <Link className="underline" href={negotiationPath(negotiation.slug, "/positions", { bloc: position.bloc })}>
          {position.bloc} in the positions matrix
        </Link>
      </p>
    </div>
  );
}
