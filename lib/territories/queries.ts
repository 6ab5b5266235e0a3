import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { cardForReading } from "@/lib/cards/select";
import { db } from "@/lib/db";
import { PUBLISHED, visibleClaim, visibleDraft, type Visibility } from "@/lib/records/visibility";
import { formatDate } from "@/lib/format";
import { citationSelect } from "@/lib/sources/select";
import type { LayerId, MapClaim } from "./layers";
import { otherNames, territoryName } from "./names";

/** One negotiation's territories, every claim on them, and the layers a reader can switch between. */
async function loadMapData(negotiationId: string, visibility: Visibility = "published") {
  const [territories, claims, drafts] = await Promise.all([
    db.territory.findMany({
      where: { negotiationId },
      select: { id: true, code: true, names: true, kind: true, controlledBy: { select: { id: true, name: true } }, controlExtent: true, controlSharePct: true, controlAsOf: true },
      orderBy: { code: "asc" },
    }),
    db.territoryClaim.findMany({
      where: { territory: { negotiationId }, ...visibleClaim(visibility) },
      select: { territory: { select: { code: true } }, claim: true, draftId: true, summary: true, actor: { select: { name: true, bloc: true } } },
      orderBy: { id: "asc" },
    }),
    db.draft.findMany({ where: { negotiationId, ...visibleDraft(visibility), claims: { some: { territory: { negotiationId }, ...visibleClaim(visibility) } } }, select: { id: true, name: true, date: true }, orderBy: [{ date: "asc" }, { name: "asc" }] }),
  ]);
  const mapClaims: MapClaim[] = claims.map((c) => ({ territoryCode: c.territory.code, claim: c.claim, draftId: c.draftId, actorBloc: c.actor?.bloc ?? null, actor: c.actor?.name ?? null, summary: c.summary }));
  const blocs = [...new Set(mapClaims.map((c) => c.actorBloc).filter((b): b is string => b !== null))].sort();
  const asOf = territories.map((t) => t.controlAsOf).filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  const layers: { id: LayerId; label: string }[] = [
    { id: "control", label: "Current control" },
    // Every draft with a claim on a territory, named with its date (two drafts may share a name).
    ...drafts.map((d) => ({ id: `draft:${d.id}` as LayerId, label: `${d.name} (${formatDate(d.date)}): provisions` })),
    ...blocs.map((b) => ({ id: `bloc:${b}` as LayerId, label: `${b}: position` })),
  ];
  const named = territories.map(({ names, ...t }) => ({ ...t, name: territoryName(names), otherNames: otherNames(names) }));
  return { territories: named, claims: mapClaims, layers, controlAsOf: asOf };
}

/**
 * One territory (by its code in the negotiation, or its id) with every claim on it (by actor and
 * by draft), its cards and its sources.
 */
async function loadTerritoryDossier(negotiationId: string, codeOrId: string, visibility: Visibility = "published") {
  const territory = await db.territory.findFirst({
    where: { negotiationId, OR: [{ code: codeOrId }, { id: codeOrId }] },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      names: true,
      kind: true,
      controlledBy: { select: { id: true, name: true } },
      controlExtent: true,
      controlSharePct: true,
      controlAsOf: true,
      controlNote: true,
      citations: citationSelect,
      claims: {
        where: visibleClaim(visibility),
        orderBy: [{ draftId: "asc" }, { actorId: "asc" }],
        select: {
          id: true,
          claim: true,
          summary: true,
          statedAt: true,
          actor: { select: { id: true, name: true, bloc: true } },
          draft: { select: { id: true, name: true, date: true } },
          citations: citationSelect,
        },
      },
      cards: { where: PUBLISHED, select: cardForReading, orderBy: { eventDate: { sort: "desc", nulls: "last" } } },
    },
  });
  if (!territory) return null;
  const { names, ...rest } = territory;
  return { ...rest, name: territoryName(names), otherNames: otherNames(names) };
}

export type MapData = Awaited<ReturnType<typeof getMapData>>;
export type TerritoryDossier = NonNullable<Awaited<ReturnType<typeof getTerritoryDossier>>>;

export const getMapData = cachedQuery("territories/queries.getMapData", loadMapData);

export const getTerritoryDossier = cachedQuery("territories/queries.getTerritoryDossier", loadTerritoryDossier);
