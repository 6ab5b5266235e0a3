import { territoryName } from "@/lib/territories/names";
import "server-only";
// The lists the admin forms pick from, in one request (they are small: hundreds of rows).
import { db } from "@/lib/db";
import type { Options } from "@/lib/records/fields";

export async function getOptions(): Promise<Options> {
  const [negotiations, actors, issues, drafts, points, territories, sources, metrics, cards] = await Promise.all([
    db.negotiation.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.actor.findMany({ select: { id: true, name: true, bloc: true }, orderBy: { name: "asc" } }),
    db.issue.findMany({ select: { id: true, title: true }, orderBy: { sortOrder: "asc" } }),
    db.draft.findMany({ select: { id: true, name: true, date: true }, orderBy: { date: "asc" } }),
    db.draftPoint.findMany({ select: { id: true, number: true, title: true, text: true, reported: true, textStatus: true, draftId: true, draft: { select: { name: true } } }, orderBy: [{ draft: { date: "asc" } }, { sortOrder: "asc" }] }),
    db.territory.findMany({ select: { id: true, code: true, names: true, negotiation: { select: { title: true } } }, orderBy: [{ negotiationId: "asc" }, { code: "asc" }] }),
    db.source.findMany({ select: { id: true, outlet: true, title: true, reliability: true, credibility: true }, orderBy: [{ outlet: "asc" }, { title: "asc" }] }),
    db.metric.findMany({ select: { id: true, name: true, unit: true }, orderBy: { name: "asc" } }),
    db.card.findMany({ select: { id: true, title: true, status: true }, orderBy: { updatedAt: "desc" } }),
  ]);
  return {
    negotiations: negotiations.map((n) => ({ id: n.id, label: n.title })),
    actors: actors.map((a) => ({ id: a.id, label: a.name, group: a.bloc })),
    issues: issues.map((i) => ({ id: i.id, label: i.title })),
    drafts: drafts.map((d) => ({ id: d.id, label: `${d.name} (${d.date.toISOString().slice(0, 10)})` })),
    points: points.map((p) => ({
      id: p.id,
      label: `${p.draft.name} · ${p.number != null ? `${p.number}. ` : ""}${p.title}`,
      group: p.draftId,
      detail: p.textStatus === "not_public" ? `Text not public. Reported: ${p.reported ?? "—"}` : (p.text ?? undefined),
    })),
    territories: territories.map((t) => ({ id: t.id, label: `${territoryName(t.names)} (${t.code}, ${t.negotiation.title})` })),
    sources: sources.map((s) => ({ id: s.id, label: `${s.outlet}: ${s.title} [${s.reliability}${s.credibility}]` })),
    metrics: metrics.map((m) => ({ id: m.id, label: `${m.name} (${m.unit})` })),
    cards: cards.map((c) => ({ id: c.id, label: c.status === "published" ? c.title : `${c.title} (${c.status.replace("_", " ")})` })),
  };
}
