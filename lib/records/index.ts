// Every kind of record an editor can change. Tests are generated from this list, so a new
// kind cannot go untested.
import type { Kind } from "./define";
import { actors } from "./kinds/actors";
import { alignments } from "./kinds/alignments";
import { briefings } from "./kinds/briefings";
import { cards } from "./kinds/cards";
import { claims } from "./kinds/claims";
import { draftPoints } from "./kinds/draft-points";
import { drafts } from "./kinds/drafts";
import { issues } from "./kinds/issues";
import { metricValues } from "./kinds/metric-values";
import { metrics } from "./kinds/metrics";
import { negotiations } from "./kinds/negotiations";
import { pointReactions } from "./kinds/point-reactions";
import { positions } from "./kinds/positions";
import { sources } from "./kinds/sources";
import { territories } from "./kinds/territories";

/** Every kind by its type, as the URLs and the seed files name it. */
export const KINDS = {
  negotiations,
  sources,
  actors,
  issues,
  territories,
  metrics,
  drafts,
  "draft-points": draftPoints,
  alignments,
  "point-reactions": pointReactions,
  positions,
  claims,
  "metric-values": metricValues,
  cards,
  briefings,
} as const;
export type KindName = keyof typeof KINDS;
/** A kind's input, as its fields define it. */
export type InputOfKind<T extends KindName> = ReturnType<(typeof KINDS)[T]["toInput"]>;

/** In the order editors meet them (the admin navigation). */
export const KIND_LIST: readonly Kind[] = [negotiations, briefings, cards, actors, issues, positions, drafts, draftPoints, alignments, pointReactions, territories, claims, sources, metrics, metricValues];

/** Each kind after the kinds it refers to (drafts may also revise drafts): the seed and the import create records in this order. */
export const DEPENDENCY_ORDER: readonly Kind[] = [sources, actors, negotiations, issues, territories, metrics, drafts, draftPoints, alignments, pointReactions, positions, claims, metricValues, cards, briefings];

export const RECORD_TYPES = KIND_LIST.map((k) => k.type);

const BY_TYPE = new Map(KIND_LIST.map((k) => [k.type, k]));

export const isRecordType = (value: string): boolean => BY_TYPE.has(value);

export function kindOf(type: string): Kind {
  const kind = BY_TYPE.get(type);
  if (!kind) throw new Error(`unknown kind of record: ${type}`);
  return kind;
}

export type { Kind } from "./define";
