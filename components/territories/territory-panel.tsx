"use client";
import Link from "next/link";
import { FollowButton } from "@/components/updates/follow-button";
import { useQuery } from "@tanstack/react-query";
import { SourceList } from "@/components/briefing/source-list";
import { ErrorState, SkeletonList } from "@/components/ui/states";
import { useCan } from "@/components/layout/viewer-context";
import { usePreviewParam } from "@/lib/hooks/use-preview";
import { getJson } from "@/lib/http/client";
import type { Serialized } from "@/lib/json/serialized";
import type { TerritoryDossier } from "@/lib/territories/queries";
import { claimKindsText, type MapClaim } from "@/lib/territories/layers";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { Swatch } from "./map-palette";
import { TerritoryDetails } from "./territory-details";
import { NegotiationLink, useNegotiationParam } from "@/components/negotiations/negotiation-context";

/**
 * The map's side panel: one region's claims, cards and sources, loaded on demand. `inLayer`:
 * the claims the layer shown makes on it (a draft's or a bloc's), each listed first.
 */
export function TerritoryPanel({ code, onClose, inLayer }: { code: string; onClose: () => void; inLayer?: { label: string; claims: MapClaim[] } }) {
  const canEdit = useCan("edit");
  const preview = usePreviewParam();
  const negotiation = useNegotiationParam();
  const query = useQuery({
    queryKey: ["territories", negotiation, code, preview],
    queryFn: ({ signal }) => getJson<Serialized<TerritoryDossier>>(`/api/territories/${encodeURIComponent(code)}`, { ...negotiation, ...preview }, signal),
  });
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="territory-panel" aria-live="polite">
      <div className="mb-2 flex items-start justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-lg font-semibold">{query.data?.name ?? code}</h2>
          {query.data && <FollowButton targetType="territories" targetId={query.data.id} label={query.data.name} />}
        </div>
        <button type="button" onClick={onClose} aria-label="Close region panel" className="rounded px-2 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          ✕
        </button>
      </div>
      {query.isError ? (
        <ErrorState title="This region could not be loaded" message={query.error.message} onRetry={() => query.refetch()} />
      ) : !query.data ? (
        <SkeletonList rows={3} height="h-16" />
      ) : (
        <>
          {inLayer && <LayerClaims {...inLayer} />}
          <TerritoryDetails territory={query.data} compact />
          {query.data.citations.length > 0 && (
            <div className="mt-3">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Control sources</h3>
              <SourceList citations={query.data.citations} />
            </div>
          )}
          <NegotiationLink view={`/territories/${encodeURIComponent(code)}`} className="mt-3 inline-block text-sm underline">
            Full page for {query.data.name}
          </NegotiationLink>
          {canEdit && (
            <p className="mt-2 flex flex-wrap gap-3 text-sm">
              <Link className="underline" href={`/admin/claims?q=${code}`}>
                Edit claims on {query.data.name}
              </Link>
              <Link className="underline" href={`/admin/claims/new?territoryId=${encodeURIComponent(query.data.id)}`}>
                Add a claim
              </Link>
              <Link className="underline" href={`/admin/territories/${encodeURIComponent(query.data.id)}`}>
                Edit control
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** What the layer shown says of the region: nothing, one claim, or each of several. */
function LayerClaims({ label, claims }: { label: string; claims: MapClaim[] }) {
  return (
    <div className="mb-4 rounded border border-slate-200 p-2 text-sm dark:border-slate-700" data-testid="panel-layer-claims">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">In the layer shown: {label}</h3>
      {!claims.length ? (
        <p className="mt-1">Nothing specified.</p>
      ) : (
        <>
          <p className="mt-1 font-medium">{claims.length > 1 ? `Several claims (${claims.length}): ${claimKindsText(claims)}` : TERRITORY_CLAIM_LABELS[claims[0].claim]}</p>
          <ul className="mt-1 space-y-1">
            {claims.map((c, i) => (
              <li key={i} className="flex items-start gap-1.5">
                <Swatch shadeKey={c.claim} />
                <span>
                  <span className="font-semibold">{TERRITORY_CLAIM_LABELS[c.claim]}</span>
                  {c.actor ? ` (${c.actor})` : ""}: {c.summary}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
