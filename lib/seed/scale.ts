// A larger synthetic dataset for the benchmark only (never for a real deployment): the real
// seed plus generated actors, issues, positions, cards and drafts, to ~10× the seed's size.
// Generated records are marked "Synthetic" in their text so they can never pass for facts.
import type { Db } from "@/lib/db/client";
import { CARD_KINDS, STANCES } from "@/lib/domain/enums";

export type ScaleTargets = { actors: number; issues: number; positions: number; cards: number; drafts: number; pointsPerDraft: number };
export const TEN_X: ScaleTargets = { actors: 150, issues: 20, positions: 5000, cards: 1000, drafts: 5, pointsPerDraft: 30 };

const BATCH = 500;
async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** Tops the (seeded) database up to the targets with synthetic records. */
export async function scaleUp(db: Db, targets: ScaleTargets = TEN_X): Promise<void> {
  const source = await db.source.findFirstOrThrow({ select: { id: true } });
  // The blocs the seed's actors already have, so synthetic actors join the matrix's existing groups.
  const blocs = [...new Set((await db.actor.findMany({ select: { bloc: true }, distinct: ["bloc"], orderBy: { bloc: "asc" } })).map((a) => a.bloc))].slice(0, 5);
  if (!blocs.length) blocs.push("Synthetic bloc");
  const day = (i: number) => new Date(Date.UTC(2025, 10, 1) + (i % 120) * 86_400_000);

  const actorCount = await db.actor.count();
  const actors = Array.from({ length: Math.max(0, targets.actors - actorCount) }, (_, i) => ({
    id: `synthetic-actor-${i}`,
    name: `Synthetic actor ${i}`,
    role: "Synthetic role (benchmark data)",
    affiliation: "Synthetic",
    bloc: blocs[i % blocs.length],
  }));
  await inBatches(actors, (data) => db.actor.createMany({ data }));

  // Synthetic records join the first negotiation, as the benchmark measures one negotiation's pages.
  const { id: negotiationId } = await db.negotiation.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
  const issueCount = await db.issue.count();
  const issues = Array.from({ length: Math.max(0, targets.issues - issueCount) }, (_, i) => ({
    id: `synthetic-issue-${i}`,
    title: `Synthetic issue ${i}`,
    description: "Synthetic issue (benchmark data).",
    sortOrder: 100 + i,
    negotiationId,
  }));
  await inBatches(issues, (data) => db.issue.createMany({ data }));

  const actorIds = (await db.actor.findMany({ select: { id: true } })).map((a) => a.id);
  const issueIds = (await db.issue.findMany({ select: { id: true } })).map((i) => i.id);
  const positionCount = await db.position.count();
  const positions = Array.from({ length: Math.max(0, targets.positions - positionCount) }, (_, i) => ({
    id: `synthetic-position-${i}`,
    actorId: actorIds[i % actorIds.length],
    issueId: issueIds[Math.floor(i / actorIds.length) % issueIds.length],
    stance: STANCES[i % STANCES.length],
    summary: `Synthetic statement ${i} (benchmark data).`,
    statedAt: day(i),
    status: "published" as const,
  }));
  await inBatches(positions, (data) => db.position.createMany({ data }));
  await inBatches(positions, (rows) => db.citation.createMany({ data: rows.map((p) => ({ sourceId: source.id, positionId: p.id })) }));

  const cardCount = await db.card.count();
  const cards = Array.from({ length: Math.max(0, targets.cards - cardCount) }, (_, i) => ({
    id: `synthetic-card-${i}`,
    title: `Synthetic card ${i}`,
    body: `Synthetic card body ${i} for the benchmark. It has a **bold** phrase and a list:\n\n- one\n- two`,
    kind: CARD_KINDS[i % CARD_KINDS.length],
    likelihood: CARD_KINDS[i % CARD_KINDS.length] === "assessment" ? ("likely" as const) : null,
    confidence: CARD_KINDS[i % CARD_KINDS.length] === "assessment" ? ("moderate" as const) : null,
    eventDate: day(i),
    importance: (i % 5) + 1,
    status: "published" as const,
    publishedAt: day(i),
    negotiationId,
  }));
  await inBatches(cards, (data) => db.card.createMany({ data }));
  await inBatches(cards, (rows) => db.citation.createMany({ data: rows.map((c) => ({ sourceId: source.id, cardId: c.id })) }));

  const draftCount = await db.draft.count();
  for (let d = 0; d < Math.max(0, targets.drafts + 6 - draftCount); d++) {
    const id = `synthetic-draft-${d}`;
    await db.draft.create({
      data: { id, negotiationId, name: `Synthetic draft ${d}`, title: `Synthetic draft ${d}`, date: day(d * 7), origin: "Synthetic", provenance: "reported", status: "published", summary: "Synthetic draft (benchmark data)." },
    });
    await db.draftPoint.createMany({
      data: Array.from({ length: targets.pointsPerDraft }, (_, n) => ({
        id: `${id}-${n + 1}`,
        draftId: id,
        number: n + 1,
        sortOrder: n,
        title: `Synthetic point ${n + 1}`,
        text: `Synthetic text of point ${n + 1} in draft ${d}, revised ${d} times.`,
        textStatus: "paraphrase" as const,
        status: "published" as const,
      })),
    });
    if (d > 0) {
      await db.pointAlignment.createMany({
        data: Array.from({ length: targets.pointsPerDraft }, (_, n) => ({
          id: `synthetic-al-${d}-${n}`,
          fromDraftId: `synthetic-draft-${d - 1}`,
          toDraftId: id,
          fromPointId: `synthetic-draft-${d - 1}-${n + 1}`,
          toPointId: `${id}-${n + 1}`,
          relation: n % 3 === 0 ? ("unchanged" as const) : ("modified" as const),
          status: "published" as const,
        })),
      });
    }
  }
}
