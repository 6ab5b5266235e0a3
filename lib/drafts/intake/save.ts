// Saves a reviewed draft intake in one transaction: the new draft, its points in document
// order and the accepted alignments, each through the write layer (so each gets its revision
// and audit entry and starts unpublished), plus one audit entry for the intake with its counts.
// Any error rolls all of it back: an intake is saved whole or not at all.
import { createInTransaction, parseInput, type Actor } from "@/lib/admin/service";
import type { Db } from "@/lib/db/client";
import { lockContentVersion } from "@/lib/freshness/version";
import { romanValue } from "@/lib/drafts/align/split";
import { AppError } from "@/lib/http/errors";
import { kindOf } from "@/lib/records";
import type { Tx } from "@/lib/db/client";
import type { IntakeSave, SuggestedSave } from "./schema";

const TX_OPTIONS = { timeout: 120_000, maxWait: 15_000 };
const REVISION = "create (draft intake)";

/** The number a label stands for: "12" → 12, "2a" → 2, "IV" → 4; null when it has none. */
export function labelNumber(label: string): number | null {
  const digits = /^(\d{1,4})/.exec(label);
  if (digits) return Number(digits[1]);
  return /^[IVXLC]+$/.test(label) ? romanValue(label) : null;
}

/** Errors of one part of the request, filed under its place ("draft.name", "links.3.base"). */
async function under<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`${prefix}.${k}`, v]));
      throw new AppError(error.status, error.code, error.message, fields, error.detail);
    }
    throw error;
  }
}

export type IntakeResult = { draftId: string; points: number; alignments: number };

export async function saveIntake(db: Db, input: IntakeSave, actor: Actor): Promise<IntakeResult> {
  const drafts = kindOf("drafts");
  const draftPoints = kindOf("draft-points");
  // "Revises" is the editor's call (a counter-proposal is aligned with a plan it does not revise).
  const draftInput = input.draft;
  // A 400 for the draft's fields before the transaction starts.
  await under("draft", async () => parseInput(drafts, draftInput));
  const citations = Array.isArray(draftInput.citations) ? draftInput.citations : [];

  return db.$transaction(async (tx) => {
    await lockContentVersion(tx);
    const draftId = await under("draft", () => createInTransaction(tx, drafts, draftInput, actor, { revision: REVISION }));
    const idOf = new Map<string, string>();
    for (const [index, p] of input.points.entries()) {
      const id = await under(`points.${index}`, () =>
        createInTransaction(
          tx,
          draftPoints,
          { draftId, number: labelNumber(p.label) ?? index + 1, title: p.title, textStatus: input.textStatus, text: p.text, reported: null, confidence: null, issueIds: [], citations },
          actor,
          { revision: REVISION },
        ),
      );
      idOf.set(p.label, id);
    }
    const written = await writeLinks(tx, actor, input.links, { fromDraftId: input.baseDraftId!, toDraftId: draftId, reporting: input.reporting, citations, toPointId: (label) => idOf.get(label)! });
    const base = input.baseDraftId ? await tx.draft.findUnique({ where: { id: input.baseDraftId }, select: { name: true } }) : null;
    await tx.revision.create({
      data: {
        entityType: "dataset",
        entityId: "draft-intake",
        version: 0,
        action: "draft intake",
        title: `${String(draftInput.name)}: ${input.points.length} points, ${written} alignments${base ? ` against ${base.name}` : ""}`,
        snapshot: { draftId, points: input.points.length, alignments: written, baseDraftId: input.baseDraftId ?? null },
        userId: actor?.id ?? null,
      },
    });
    return { draftId, points: input.points.length, alignments: written };
  }, TX_OPTIONS);
}

type LinkTarget = { fromDraftId: string; toDraftId: string; reporting: string; citations: unknown[]; toPointId: (ref: string) => string };

/** Writes reviewed rows as alignments: a merge is one alignment per earlier point, a split one per new point. */
async function writeLinks(tx: Tx, actor: Actor, links: IntakeSave["links"], target: LinkTarget): Promise<number> {
  const alignments = kindOf("alignments");
  let written = 0;
  for (const [index, link] of links.entries()) {
    const pairs: [string | null, string | null][] =
      link.relation === "merged" ? link.base.map((b) => [b, link.candidate[0]]) : link.relation === "split" ? link.candidate.map((c) => [link.base[0], c]) : [[link.base[0] ?? null, link.candidate[0] ?? null]];
    for (const [from, to] of pairs) {
      await under(`links.${index}`, () =>
        createInTransaction(
          tx,
          alignments,
          { fromDraftId: target.fromDraftId, toDraftId: target.toDraftId, fromPointId: from, toPointId: to ? target.toPointId(to) : null, relation: link.relation, reporting: target.reporting, note: link.note ?? null, citations: target.citations },
          actor,
          { revision: REVISION },
        ),
      );
      written++;
    }
  }
  return written;
}

/** Saves suggested rows between two stored drafts; a point aligned meanwhile is refused. */
export async function saveSuggested(db: Db, input: SuggestedSave, actor: Actor): Promise<{ alignments: number }> {
  return db.$transaction(async (tx) => {
    await lockContentVersion(tx);
    const existing = await tx.pointAlignment.findMany({ where: { fromDraftId: input.baseDraftId, toDraftId: input.candidateDraftId }, select: { fromPointId: true, toPointId: true } });
    const used = new Set(existing.flatMap((e) => [e.fromPointId, e.toPointId]));
    input.links.forEach((link, index) => {
      const taken = [...link.base, ...link.candidate].filter((id) => used.has(id));
      if (taken.length) throw new AppError(409, "conflict", "Another editor aligned some of these points meanwhile: propose again", { [`links.${index}`]: [`already aligned: ${taken.join(", ")}`] });
    });
    const alignments = await writeLinks(tx, actor, input.links, { fromDraftId: input.baseDraftId, toDraftId: input.candidateDraftId, reporting: input.reporting, citations: [], toPointId: (id) => id });
    await tx.revision.create({
      data: { entityType: "dataset", entityId: "draft-intake", version: 0, action: "suggested alignments", title: `${alignments} alignments suggested and reviewed`, snapshot: { ...input, alignments } as object, userId: actor?.id ?? null },
    });
    return { alignments };
  }, TX_OPTIONS);
}
