import { territoryName } from "@/lib/territories/names";
import "server-only";
// One source across every negotiation: its grading and each published record that cites it,
// grouped by the negotiation the record belongs to (actors are shared by all of them).
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";
import { actorPath, negotiationPath } from "@/lib/negotiations/paths";
import { PUBLISHED } from "@/lib/records/visibility";
import { sourceSelect } from "./select";

const n = { select: { id: true, slug: true, title: true, status: true, createdAt: true } } as const;
type N = { id: string; slug: string; title: string; status: string; createdAt: Date };
export type SourceUse = { kind: string; label: string; href: string };

async function loadSourceDossier(id: string, hidden: readonly string[]) {
  const source = await db.source.findUnique({
    where: { id },
    select: {
      ...sourceSelect,
      note: true,
      citations: {
        orderBy: { id: "asc" },
        select: {
          locator: true,
          card: { select: { id: true, title: true, status: true, negotiation: n } },
          actor: { select: { id: true, name: true } },
          position: { select: { id: true, summary: true, status: true, actorId: true, issueId: true, actor: { select: { name: true } }, issue: { select: { title: true, negotiation: n } } } },
          pointReaction: { select: { status: true, pointId: true, actor: { select: { name: true } }, point: { select: { title: true, status: true, draft: { select: { status: true, negotiation: n } } } } } },
          draft: { select: { id: true, name: true, status: true, revisesId: true, negotiation: n } },
          draftPoint: { select: { id: true, title: true, status: true, draft: { select: { name: true, status: true, negotiation: n } } } },
          alignment: { select: { status: true, fromDraftId: true, toDraftId: true, fromDraft: { select: { name: true, status: true, negotiation: n } }, toDraft: { select: { name: true, status: true } } } },
          territory: { select: { code: true, names: true, negotiation: n } },
          territoryClaim: { select: { status: true, summary: true, territory: { select: { code: true, names: true, negotiation: n } } } },
          metricValue: { select: { status: true, label: true, metric: { select: { name: true, negotiation: n } } } },
          negotiation: n,
        },
      },
    },
  });
  if (!source) return null;

  const published = (...statuses: (string | undefined | null)[]) => statuses.every((s) => s === undefined || s === null || s === PUBLISHED.status);
  const groups = new Map<string, { negotiation: N; uses: SourceUse[] }>();
  const shared: SourceUse[] = [];
  const add = (negotiation: N, use: Omit<SourceUse, "href"> & { view: string }) => {
    if (negotiation.status !== PUBLISHED.status) return;
    const group = groups.get(negotiation.id) ?? { negotiation, uses: [] };
    group.uses.push({ kind: use.kind, label: use.label, href: negotiationPath(negotiation.slug, use.view) });
    groups.set(negotiation.id, group);
  };
  for (const c of source.citations) {
    const at = c.locator ? ` (${c.locator})` : "";
    if (c.card && published(c.card.status)) add(c.card.negotiation, { kind: "Card", label: c.card.title + at, view: `/cards/${encodeURIComponent(c.card.id)}` });
    else if (c.actor) shared.push({ kind: "Actor", label: c.actor.name + at, href: actorPath(c.actor.id) });
    else if (c.position && published(c.position.status))
      add(c.position.issue.negotiation, { kind: "Position", label: `${c.position.actor.name} on ${c.position.issue.title}${at}`, view: `/positions?cell=${encodeURIComponent(`${c.position.actorId}:${c.position.issueId}`)}` });
    else if (c.pointReaction && published(c.pointReaction.status, c.pointReaction.point.status, c.pointReaction.point.draft.status))
      add(c.pointReaction.point.draft.negotiation, { kind: "Reaction", label: `${c.pointReaction.actor.name} on “${c.pointReaction.point.title}”${at}`, view: `/drafts?point=${encodeURIComponent(c.pointReaction.pointId)}` });
    else if (c.draft && published(c.draft.status)) add(c.draft.negotiation, { kind: "Draft", label: c.draft.name + at, view: "/drafts" });
    else if (c.draftPoint && published(c.draftPoint.status, c.draftPoint.draft.status))
      add(c.draftPoint.draft.negotiation, { kind: "Draft point", label: `${c.draftPoint.draft.name}: ${c.draftPoint.title}${at}`, view: `/drafts?point=${encodeURIComponent(c.draftPoint.id)}` });
    else if (c.alignment && published(c.alignment.status, c.alignment.fromDraft.status, c.alignment.toDraft.status))
      add(c.alignment.fromDraft.negotiation, { kind: "Alignment", label: `${c.alignment.fromDraft.name} → ${c.alignment.toDraft.name}${at}`, view: `/compare?a=${encodeURIComponent(c.alignment.fromDraftId)}&b=${encodeURIComponent(c.alignment.toDraftId)}` });
    else if (c.territory) add(c.territory.negotiation, { kind: "Territory", label: territoryName(c.territory.names) + at, view: `/territories/${encodeURIComponent(c.territory.code)}` });
    else if (c.territoryClaim && published(c.territoryClaim.status))
      add(c.territoryClaim.territory.negotiation, { kind: "Territorial claim", label: `${territoryName(c.territoryClaim.territory.names)}: ${c.territoryClaim.summary}${at}`, view: `/territories/${encodeURIComponent(c.territoryClaim.territory.code)}` });
    else if (c.negotiation) add(c.negotiation, { kind: "Negotiation", label: c.negotiation.title + at, view: "" });
    else if (c.metricValue && published(c.metricValue.status)) add(c.metricValue.metric.negotiation, { kind: "Figure", label: `${c.metricValue.metric.name}: ${c.metricValue.label}${at}`, view: "/charts" });
  }
  const { citations: _all, ...rest } = source;
  return { ...rest, negotiations: [...groups.values()].filter((g) => !hidden.includes(g.negotiation.id)).sort((a, b) => a.negotiation.createdAt.getTime() - b.negotiation.createdAt.getTime()), shared };
}

export const getSourceDossier = cachedQuery("sources/queries.getSourceDossier", loadSourceDossier);
export type SourceDossier = NonNullable<Awaited<ReturnType<typeof getSourceDossier>>>;
