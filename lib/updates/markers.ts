// The change markers on the matrix, the map and the comparison: which cells, regions and rows
// changed since the reader last read and were not opened since. Shared by the server (the API
// answer's shape) and the browser (matching and the URL toggle).
import { z } from "zod";
import type { KindName } from "@/lib/records";
import type { Subjects } from "./subjects";

export type MarkerItem = { type: KindName; id: string; change: "new" | "changed"; at: string; title: string; subjects: Subjects };
/** `lastViewed`: the reader's previous visit to the view asked about (null: first visit). */
export type Markers = { since: string; lastViewed: string | null; items: MarkerItem[] };

/** ?changes=off hides the markers (shareable like every other view setting). */
export const changeMarkersSchema = z.strictObject({ changes: z.enum(["off"]).optional() });
export const DEFAULT_CHANGE_MARKERS: z.output<typeof changeMarkersSchema> = {};

const has = (list: string[] | undefined, id: string) => !!list?.includes(id);

/** The stance of this actor on this issue changed. */
export const forCell = (items: MarkerItem[], actorId: string, issueId: string) => items.filter((i) => i.type === "positions" && has(i.subjects.actors, actorId) && has(i.subjects.issues, issueId));

/** This territory's control or a claim on it changed. */
export const forTerritory = (items: MarkerItem[], territoryId: string) => items.filter((i) => (i.type === "territories" || i.type === "claims") && has(i.subjects.territories, territoryId));

/** One of these points, their alignment or a reaction to them changed. */
export const forRow = (items: MarkerItem[], pointIds: string[], alignmentIds: string[]) =>
  items.filter((i) => (i.type === "alignments" && alignmentIds.includes(i.id)) || ((i.type === "draft-points" || i.type === "point-reactions") && pointIds.some((p) => has(i.subjects.points, p))));
