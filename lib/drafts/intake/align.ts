// The alignment behind `POST /api/admin/drafts/align`, the review screen and
// `npm run align -- --from/--to`: resolves each side (a stored draft, pasted text or edited
// points), names the parties from the actors in the database, and runs the engine.
import { AlignError, alignPoints, splitPoints, toContractJson, type AlignResult, type Party, type PointInput } from "@/lib/drafts/align";
import type { Db, Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/http/errors";
import type { AlignRequest } from "./schema";

/** A stored point as the engine sees it, with the id it is saved under. */
export type StoredPoint = PointInput & { id: string };

/**
 * A stored draft's points in document order. The label is the point's number when every
 * known point has its own; otherwise its place ("#3"), so that labels stay unique.
 */
export async function storedPoints(db: Db | Tx, draftId: string): Promise<{ name: string; points: StoredPoint[] }> {
  const draft = await db.draft.findUnique({
    where: { id: draftId },
    select: { name: true, points: { orderBy: { sortOrder: "asc" }, select: { id: true, number: true, title: true, text: true, textStatus: true, reported: true } } },
  });
  if (!draft) throw notFound(`Draft "${draftId}"`);
  const numbers = draft.points.map((p) => p.number);
  const unique = numbers.every((n) => n !== null) && new Set(numbers).size === numbers.length;
  return {
    name: draft.name,
    points: draft.points.map((p, index) => ({
      id: p.id,
      label: unique ? String(p.number) : `#${index + 1}`,
      // A point whose text is not public is matched on its title and what is reported about it
      // (the engine caps the confidence of such links: the wording itself is unknown).
      title: p.reported ? `${p.title}. ${p.reported}` : p.title,
      text: p.textStatus === "not_public" || !p.text ? null : p.text,
    })),
  };
}

/** A draft by its id or, failing that, its short name (any case). */
export async function findDraft(db: Db, ref: string): Promise<{ id: string; name: string }> {
  const byId = await db.draft.findUnique({ where: { id: ref }, select: { id: true, name: true } });
  if (byId) return byId;
  const all = await db.draft.findMany({ select: { id: true, name: true }, orderBy: { date: "asc" } });
  const named = all.filter((d) => d.name.toLowerCase() === ref.toLowerCase());
  if (named.length === 1) return named[0];
  const list = all.map((d) => `${d.id} (${d.name})`).join(", ");
  throw new AppError(named.length ? 409 : 404, "unknown_draft", named.length ? `${named.length} drafts are named "${ref}": give its id (${named.map((d) => d.id).join(", ")})` : `no draft "${ref}"; the drafts are: ${list || "none yet"}`);
}

/** Every actor by name: naming a party differently is then not taken for a change of party. */
export async function partiesFromActors(db: Db | Tx): Promise<Party[]> {
  const actors = await db.actor.findMany({ select: { id: true, name: true, aliases: true } });
  return actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases.split(",").map((n) => n.trim()).filter(Boolean)] }));
}

/** The engine's refusal as a 400 on the field at fault, with its message as it is. */
function refused(error: unknown, field: string): never {
  if (error instanceof AlignError) throw new AppError(400, error.code.toLowerCase(), error.message, { [field]: [error.message] });
  throw error;
}

function sidePoints(side: { text: string } | { points: { label: string; text: string }[] }, field: string): PointInput[] {
  try {
    return "text" in side ? splitPoints(side.text).points : side.points;
  } catch (error) {
    refused(error, `${field}.${"text" in side ? "text" : "points"}`);
  }
}

type ReviewPoint = AlignResult["base"]["points"][number] & { id?: string; title?: string | null };

export type ReviewAlignment = Omit<ReturnType<typeof toContractJson>, "base" | "candidate"> & {
  base: { points: ReviewPoint[] };
  candidate: { points: ReviewPoint[] };
  diffs?: Record<string, AlignResult["links"][number]["diff"]>;
};

/** The key a link's diff is filed under in `diffs`: its labels on both sides. */
export const linkKey = (link: { base: string[]; candidate: string[] }) => `${link.base.join("+")}>${link.candidate.join("+")}`;

/** The points of two stored drafts that no alignment between them involves yet. */
async function unaligned(db: Db, baseId: string, base: StoredPoint[], candidateId: string, candidate: StoredPoint[]) {
  const rows = await db.pointAlignment.findMany({ where: { fromDraftId: baseId, toDraftId: candidateId }, select: { fromPointId: true, toPointId: true } });
  const used = new Set(rows.flatMap((r) => [r.fromPointId, r.toPointId]));
  return { base: base.filter((p) => !used.has(p.id)), candidate: candidate.filter((p) => !used.has(p.id)) };
}

const EMPTY_ALIGNMENT = (warning: string): ReviewAlignment => ({ base: { points: [] }, candidate: { points: [] }, links: [], dropped: [], added: [], language: "en", warnings: [warning], diffs: {} });

export async function alignForReview(db: Db, request: AlignRequest): Promise<ReviewAlignment> {
  const stored = "draftId" in request.base ? await storedPoints(db, request.base.draftId) : null;
  let base: PointInput[] = stored ? stored.points : sidePoints(request.base as { text: string }, "base");
  let candidate: PointInput[];
  let storedCandidate: StoredPoint[] | null = null;
  if ("draftId" in request.candidate) {
    if (!stored || !("draftId" in request.base)) throw new AppError(400, "invalid_request", "Suggesting rows needs two stored drafts", { base: ["give the earlier draft as {draftId}"] });
    if (request.base.draftId === request.candidate.draftId) throw new AppError(400, "invalid_request", "Pick two different drafts", { "candidate.draftId": ["the same draft as the earlier one"] });
    const open = await unaligned(db, request.base.draftId, stored.points, request.candidate.draftId, (await storedPoints(db, request.candidate.draftId)).points);
    if (!open.base.length || !open.candidate.length) return EMPTY_ALIGNMENT("Every point of one of the drafts is aligned already: nothing to suggest.");
    base = open.base;
    candidate = storedCandidate = open.candidate;
  } else candidate = sidePoints(request.candidate, "candidate");
  let result: AlignResult;
  try {
    result = alignPoints(base, candidate, { parties: await partiesFromActors(db), minConfidence: request.minConfidence });
  } catch (error) {
    // Duplicate labels name their side in the message; a language mismatch is the new text's.
    refused(error, error instanceof AlignError && /\bbase\b/.test(error.message) ? "base" : "candidate");
  }
  const json = toContractJson(result);
  const withIds = (points: typeof json.base.points, from: StoredPoint[] | undefined) => {
    const byLabel = new Map(from?.map((p) => [p.label, p]));
    return points.map((p) => ({ ...p, ...(byLabel.has(p.label) ? { id: byLabel.get(p.label)!.id, title: byLabel.get(p.label)!.title } : {}) }));
  };
  return {
    ...json,
    base: { points: withIds(json.base.points, stored?.points) },
    candidate: { points: withIds(json.candidate.points, storedCandidate ?? undefined) },
    ...(request.diffs ? { diffs: Object.fromEntries(result.links.map((l) => [linkKey(l), l.diff])) } : {}),
  };
}
