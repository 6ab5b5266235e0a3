// Loads the seed into the database in one transaction. Seeded records keep their seed ids,
// so loading is idempotent: a record whose id exists is left exactly as it is (an editor may
// have changed it) and only missing records are created.
import type { Db, Tx } from "@/lib/db/client";
import type { SeedData } from "./schema";

/** Seed dates are YYYY-MM-DD or YYYY-MM (first of the month), always UTC. */
export function seedDate(value: string): Date {
  return new Date(value.length === 7 ? `${value}-01T00:00:00Z` : `${value}T00:00:00Z`);
}
const optionalDate = (value: string | null) => (value ? seedDate(value) : null);

const cite = (sourceIds: string[]) => ({
  create: sourceIds.map((sourceId, sortOrder) => ({ sourceId, sortOrder })),
});
const connect = (ids: string[]) => ({ connect: ids.map((id) => ({ id })) });

export type SeedCounts = Record<string, number>;

/** True when no content table holds a row, i.e. a fresh database that the start command may seed. */
export async function isContentEmpty(db: Db): Promise<boolean> {
  const counts = await Promise.all([db.source.count(), db.briefing.count(), db.card.count(), db.actor.count()]);
  return counts.every((n) => n === 0);
}

/** Creates every seed record that is missing; returns how many of each were created. */
export async function loadSeed(db: Db, seed: SeedData): Promise<SeedCounts> {
  return db.$transaction(async (tx) => createMissing(tx, seed), { timeout: 120_000, maxWait: 30_000 });
}

async function createMissing(tx: Tx, seed: SeedData): Promise<SeedCounts> {
  const created: SeedCounts = {};
  const existing = async (table: string, ids: string[], find: () => Promise<{ id: string }[]>) => {
    const have = new Set((await find()).map((r) => r.id));
    created[table] = ids.filter((id) => !have.has(id)).length;
    return have;
  };

  const sources = await existing("sources", seed.sources.map((s) => s.id), () =>
    tx.source.findMany({ where: { id: { in: seed.sources.map((s) => s.id) } }, select: { id: true } }),
  );
  for (const s of seed.sources.filter((s) => !sources.has(s.id))) {
    await tx.source.create({
      data: {
        id: s.id,
        title: s.title,
        outlet: s.outlet,
        url: s.url,
        publishedAt: optionalDate(s.publishedAt),
        dateApprox: s.dateApprox,
        reliability: s.reliability,
        credibility: s.credibility,
        note: s.note,
      },
    });
  }

  const actors = await existing("actors", seed.actors.map((a) => a.id), () =>
    tx.actor.findMany({ where: { id: { in: seed.actors.map((a) => a.id) } }, select: { id: true } }),
  );
  for (const a of seed.actors.filter((a) => !actors.has(a.id))) {
    const { sources: sourceIds, ...fields } = a;
    await tx.actor.create({ data: { ...fields, citations: cite(sourceIds) } });
  }

  const issues = await existing("issues", seed.issues.map((i) => i.id), () =>
    tx.issue.findMany({ where: { id: { in: seed.issues.map((i) => i.id) } }, select: { id: true } }),
  );
  for (const i of seed.issues.filter((i) => !issues.has(i.id))) await tx.issue.create({ data: i });

  // Parents before the drafts that revise them.
  const drafts = await existing("drafts", seed.drafts.map((d) => d.id), () =>
    tx.draft.findMany({ where: { id: { in: seed.drafts.map((d) => d.id) } }, select: { id: true } }),
  );
  const allPointIds = seed.drafts.flatMap((d) => d.points.map((p) => p.id));
  const points = await existing("points", allPointIds, () =>
    tx.draftPoint.findMany({ where: { id: { in: allPointIds } }, select: { id: true } }),
  );
  for (const d of orderByLineage(seed.drafts)) {
    if (!drafts.has(d.id)) {
      await tx.draft.create({
        data: {
          id: d.id,
          name: d.name,
          title: d.title,
          date: seedDate(d.date),
          origin: d.origin,
          status: d.status,
          summary: d.summary,
          declaredPointCount: d.declaredPointCount,
          notes: d.notes,
          revisesId: d.revises,
          citations: cite(d.sources),
        },
      });
    }
    for (const [sortOrder, p] of d.points.entries()) {
      if (points.has(p.id)) continue;
      await tx.draftPoint.create({
        data: {
          id: p.id,
          draftId: d.id,
          number: p.number,
          sortOrder,
          title: p.title,
          text: p.text,
          textStatus: p.textStatus,
          reported: p.reported,
          confidence: p.confidence,
          issues: connect(p.issues),
          citations: cite(p.sources),
        },
      });
    }
  }

  const alignments = await existing("alignments", seed.alignments.map((a) => a.id), () =>
    tx.pointAlignment.findMany({ where: { id: { in: seed.alignments.map((a) => a.id) } }, select: { id: true } }),
  );
  for (const a of seed.alignments.filter((a) => !alignments.has(a.id))) {
    await tx.pointAlignment.create({
      data: {
        id: a.id,
        fromDraftId: a.fromDraft,
        toDraftId: a.toDraft,
        fromPointId: a.fromPoint,
        toPointId: a.toPoint,
        relation: a.relation,
        note: a.note,
        reporting: a.reporting,
        citations: cite(a.sources),
      },
    });
  }

  const positions = await existing("positions", seed.positions.map((p) => p.id), () =>
    tx.position.findMany({ where: { id: { in: seed.positions.map((p) => p.id) } }, select: { id: true } }),
  );
  for (const p of seed.positions.filter((p) => !positions.has(p.id))) {
    await tx.position.create({
      data: {
        id: p.id,
        actorId: p.actor,
        issueId: p.issue,
        stance: p.stance,
        summary: p.summary,
        quoteOriginal: p.quoteOriginal,
        quoteLanguage: p.quoteLanguage,
        quoteEnglish: p.quoteEnglish,
        translatedBy: p.translatedBy,
        statedAt: seedDate(p.statedAt),
        dateApprox: p.dateApprox,
        citations: cite(p.sources),
      },
    });
  }

  const reactions = seed["point-reactions"];
  const haveReactions = await existing("pointReactions", reactions.map((r) => r.id), () =>
    tx.pointReaction.findMany({ where: { id: { in: reactions.map((r) => r.id) } }, select: { id: true } }),
  );
  for (const r of reactions.filter((r) => !haveReactions.has(r.id))) {
    await tx.pointReaction.create({
      data: {
        id: r.id,
        actorId: r.actor,
        pointId: r.point,
        reaction: r.reaction,
        summary: r.summary,
        quote: r.quote,
        statedAt: seedDate(r.statedAt),
        dateApprox: r.dateApprox,
        citations: cite(r.sources),
      },
    });
  }

  const territoryCodes = seed.territories.map((t) => t.code);
  const territories = new Set(
    (await tx.territory.findMany({ where: { code: { in: territoryCodes } }, select: { code: true } })).map((t) => t.code),
  );
  created.territories = territoryCodes.filter((c) => !territories.has(c)).length;
  const claimIds = seed.territories.flatMap((t) => t.claims.map((c) => c.id));
  const claims = await existing("territoryClaims", claimIds, () =>
    tx.territoryClaim.findMany({ where: { id: { in: claimIds } }, select: { id: true } }),
  );
  for (const t of seed.territories) {
    if (!territories.has(t.code)) {
      await tx.territory.create({
        data: {
          code: t.code,
          nameEn: t.nameEn,
          nameUk: t.nameUk,
          kind: t.kind,
          controlStatus: t.controlStatus,
          russianControlPct: t.russianControlPct,
          controlAsOf: optionalDate(t.controlAsOf),
          controlNote: t.controlNote,
          citations: cite(t.sources),
        },
      });
    }
    for (const c of t.claims.filter((c) => !claims.has(c.id))) {
      await tx.territoryClaim.create({
        data: {
          id: c.id,
          territoryCode: t.code,
          actorId: c.actor,
          draftId: c.draft,
          claim: c.claim,
          summary: c.summary,
          statedAt: optionalDate(c.statedAt),
          citations: cite(c.sources),
        },
      });
    }
  }

  const cards = await existing("cards", seed.cards.map((c) => c.id), () =>
    tx.card.findMany({ where: { id: { in: seed.cards.map((c) => c.id) } }, select: { id: true } }),
  );
  for (const c of seed.cards.filter((c) => !cards.has(c.id))) {
    const eventDate = optionalDate(c.eventDate);
    await tx.card.create({
      data: {
        id: c.id,
        title: c.title,
        body: c.body,
        kind: c.kind,
        eventDate,
        importance: c.importance,
        likelihood: c.likelihood,
        confidence: c.confidence,
        status: c.status,
        publishedAt: c.status === "published" ? eventDate : null,
        tags: { connectOrCreate: c.tags.map((name) => ({ where: { name }, create: { name } })) },
        actors: connect(c.actors),
        issues: connect(c.issues),
        territories: { connect: c.territories.map((code) => ({ code })) },
        points: connect(c.points),
        citations: cite(c.sources),
      },
    });
  }

  const briefings = await existing("briefings", seed.briefings.map((b) => b.id), () =>
    tx.briefing.findMany({ where: { id: { in: seed.briefings.map((b) => b.id) } }, select: { id: true } }),
  );
  for (const b of seed.briefings.filter((b) => !briefings.has(b.id))) {
    await tx.briefing.create({
      data: {
        id: b.id,
        slug: b.slug,
        title: b.title,
        summary: b.summary,
        status: b.status,
        publishedAt: optionalDate(b.publishedAt),
        marking: b.marking,
        authors: b.authors,
        cards: { create: b.cards.map((cardId, sortOrder) => ({ cardId, sortOrder })) },
      },
    });
  }

  const metrics = await existing("metrics", seed.metrics.map((m) => m.id), () =>
    tx.metric.findMany({ where: { id: { in: seed.metrics.map((m) => m.id) } }, select: { id: true } }),
  );
  const valueIds = seed.metrics.flatMap((m) => m.values.map((v) => v.id));
  const values = await existing("metricValues", valueIds, () =>
    tx.metricValue.findMany({ where: { id: { in: valueIds } }, select: { id: true } }),
  );
  for (const m of seed.metrics) {
    if (!metrics.has(m.id)) {
      await tx.metric.create({ data: { id: m.id, name: m.name, unit: m.unit, category: m.category, description: m.description } });
    }
    for (const v of m.values.filter((v) => !values.has(v.id))) {
      await tx.metricValue.create({
        data: {
          id: v.id,
          metricId: m.id,
          value: v.value,
          valueHigh: v.valueHigh,
          approximate: v.approximate,
          label: v.label,
          date: optionalDate(v.date),
          draftId: v.draft,
          note: v.note,
          citations: cite(v.sources),
        },
      });
    }
  }

  return created;
}

/** Drafts ordered so that each comes after the draft it revises. */
function orderByLineage<D extends { id: string; revises: string | null }>(drafts: D[]): D[] {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const ordered: D[] = [];
  const placed = new Set<string>();
  const place = (d: D, trail: Set<string>) => {
    if (placed.has(d.id)) return;
    if (trail.has(d.id)) throw new Error(`drafts.json: draft lineage has a cycle through "${d.id}"`);
    trail.add(d.id);
    const parent = d.revises ? byId.get(d.revises) : undefined;
    if (parent) place(parent, trail);
    placed.add(d.id);
    ordered.push(d);
  };
  for (const d of drafts) place(d, new Set());
  return ordered;
}
