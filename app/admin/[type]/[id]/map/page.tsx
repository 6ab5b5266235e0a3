import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MapReport } from "@/components/maps/map-report";
import { MapUpload } from "@/components/maps/map-upload";
import { getRecord } from "@/lib/admin/service";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { getMapSummary } from "@/lib/maps/service";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Map · Admin" };

type Props = { params: Promise<{ type: string; id: string }> };

/** A negotiation's map: what is stored, how it matches the territories, and the upload. */
export default async function NegotiationMapPage({ params }: Props) {
  const { type, id: raw } = await params;
  if (type !== "negotiations") notFound();
  const id = decodeURIComponent(raw);
  const negotiation = await getRecord(db, "negotiations", id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const { map, report } = await getMapSummary(db, id);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        <Link className="underline" href={`/admin/negotiations/${encodeURIComponent(id)}`}>
          {negotiation.title}
        </Link>
      </p>
      <h1 className="text-xl font-semibold">Map of {negotiation.title}</h1>
      {map && report ? (
        <div className="space-y-2 text-sm" data-testid="map-current">
          <p>
            <strong>{map.name}</strong>, version {map.version}, uploaded {formatDate(map.uploadedAt)}; regions by their “{map.codeProperty}” property
            {map.hasContext ? "; with neighbouring countries" : ""}.
          </p>
          <p>
            Licence: {map.licence}. Attribution: {map.attribution}
            {map.sourceUrl ? (
              <>
                {" "}
                (<a className="underline" href={map.sourceUrl} rel="noreferrer">source</a>)
              </>
            ) : null}
          </p>
          <MapReport report={report} />
        </div>
      ) : (
        <p className="text-sm" data-testid="map-current">
          No map uploaded: readers see country outlines (world-atlas) with the countries its territory codes name highlighted.
        </p>
      )}
      <MapUpload negotiationId={id} hasMap={!!map} />
    </div>
  );
}
