// Which negotiations a record belongs to, for editors limited to some negotiations (the
// EditorScope table). Each kind that belongs to a negotiation says how to find it: its own
// `negotiationId`, or its parent's. Kinds without a scope (actors, sources) are shared by every
// negotiation, and any editor may change them.
import type { Tx } from "@/lib/db/client";
import type { Row } from "./fields";

export type Scope = (tx: Tx, record: Row) => Promise<string[]>;

const present = (ids: (string | null | undefined)[]) => ids.filter((id): id is string => typeof id === "string");

/** The record names its negotiation itself. */
export const ownNegotiation: Scope = async (_tx, record) => present([record.negotiationId as string]);

/** The negotiations of the drafts a record names in `fields`. */
export const viaDrafts =
  (...fields: string[]): Scope =>
  async (tx, record) => {
    const ids = present(fields.map((f) => record[f] as string | null));
    const drafts = await tx.draft.findMany({ where: { id: { in: ids } }, select: { negotiationId: true } });
    return [...new Set(drafts.map((d) => d.negotiationId))];
  };

export const viaPoint: Scope = async (tx, record) => {
  const point = await tx.draftPoint.findUnique({ where: { id: String(record.pointId) }, select: { draft: { select: { negotiationId: true } } } });
  return present([point?.draft.negotiationId]);
};

export const viaIssue: Scope = async (tx, record) => present([(await tx.issue.findUnique({ where: { id: String(record.issueId) }, select: { negotiationId: true } }))?.negotiationId]);

export const viaMetric: Scope = async (tx, record) => present([(await tx.metric.findUnique({ where: { id: String(record.metricId) }, select: { negotiationId: true } }))?.negotiationId]);

/** A claim belongs with its territory, and with the draft that makes it (when one does). */
export const viaTerritoryAndDraft: Scope = async (tx, record) => {
  const territory = await tx.territory.findUnique({ where: { id: String(record.territoryId) }, select: { negotiationId: true } });
  return [...new Set([...present([territory?.negotiationId]), ...(await viaDrafts("draftId")(tx, record))])];
};
