import "server-only";
import { cachedQuery } from "@/lib/cache/versioned";
import { cardForReading } from "@/lib/cards/select";
import { db } from "@/lib/db";
import { PUBLISHED, visibleClaim, visibleDraft, type Visibility } from "@/lib/records/visibility";
import { citationSelect } from "@/lib/sources/select";
import type { LayerId, MapClaim } from "./layers";

/** One negotiation's territories, every claim on them, and the layers a reader can switch between. */
async function loadMapData(negotiationId: string, visibility: Visibility = "published") {
  const [territories, claims, drafts] = await Promise.all([
    db.territory.findMany({
      where: { negotiationId },
      select: { code: true, nameEn: true, nameUk: true, controlStatus: true, russianControlPct: true, controlAsOf: true },
      orderBy: { code: "asc" },
    }),
    db.territoryClaim.findMany({
      where: { territory: { negotiationId }, ...visibleClaim(visibility) },
      select: { territoryCode: true, claim: true, draftId: true, summary: true, actor: { select: { bloc: true } } },
      orderBy: { id: "asc" },
    }),
    db.draft.findMany({ where: { negotiationId, ...visibleDraft(visibility), claims: { some: { territory: { negotiationId }, ...visibleClaim(visibility) } } }, select: { id: true, name: true, date: true }, orderBy: { date: "asc" } }),
  ]);
  const mapClaims: MapClaim[] = claims.map((c) => ({ territoryCode: c.territoryCode, claim: c.claim, draftId: c.draftId, actorBloc: c.actor?.bloc ?? null, summary: c.summary }));
  const blocs = [...new Set(mapClaims.map((c) => c.actorBloc).filter((b): b is string => b !== null))].sort();
  const asOf = territories.map((t) => t.controlAsOf).filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  const layers: { id: LayerId; label: string }[] = [
    { id: "control", label: "Current control" },
    ...drafts.map((d) => ({ id: `draft:${d.id}` as LayerId, label: `${d.name}: provisions` })),
    ...blocs.map((b) => ({ id: `bloc:${b}` as LayerId, label: `${b}: position` })),
  ];
  return { territories, claims: mapClaims, layers, controlAsOf: asOf };
}

/** One territory with every claim on it (by actor and by draft), its cards and its sources. */
async function loadTerritoryDossier(negotiationId: string, code: string, visibility: Visibility = "published") {
  return db.territory.findFirst({
    where: { code, negotiationId },
    select: {
      code: true,
      nameEn: true,
      nameUk: true,
      kind: true,
      controlStatus: true,
      russianControlPct: true,
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
}

export type MapData = Awaited<ReturnType<typeof getMapData>>;
export type TerritoryDossier = NonNullable<Awaited<ReturnType<typeof getTerritoryDossier>>>;

export const getMapData = cachedQuery("territories/queries.getMapData", loadMapData);

export const getTerritoryDossier = cachedQuery("territories/queries.getTerritoryDossier", loadTerritoryDossier);
