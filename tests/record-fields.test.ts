// One definition per kind of record: every column of every editable model (read from the
// generated Prisma client's data model, not from the kinds) is either a field of its kind's form
// or explicitly read-only, and every model is either edited as a kind or named here as a part
// of one. A new column or model that nobody decided about fails here.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/sqlite/client";
import { KIND_LIST } from "@/lib/records";

/** Models that are not edited as kinds of their own, and why. */
const NOT_KINDS: Record<string, string> = {
  User: "accounts (/admin/users)",
  Session: "sign-in sessions",
  Account: "password hashes",
  Verification: "better-auth's tokens",
  RateLimit: "sign-in counters",
  Revision: "history, written by every change",
  EditorScope: "the negotiations an editor may change (set on /admin/users)",
  NegotiationReader: "the named readers of a restricted negotiation (set on /admin/users)",
  ReadMark: "when a reader last marked their updates read, and which records they opened (set by reading)",
  Follow: "what a reader follows (set by the reader with the follow buttons and on /updates)",
  FeedToken: "a reader's feed tokens, hashed (made and revoked from the account menu)",
  NegotiationMap: "a negotiation's map geometry (uploaded on /admin/negotiations/<id>/map, lib/maps)",
  ContentVersion: "moved by database triggers",
  BriefingCard: "a briefing's card order (the briefing's cardIds field)",
  Tag: "a card's tags (the card's tags field)",
  Citation: "a record's sources (each kind's citations field)",
};

const lower = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);
const scalarFields = (model: string) => Object.values((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`]);

describe("every model and column is accounted for", () => {
  it("each model is a kind of record or a named part of one", () => {
    const kinds = new Set<string>(KIND_LIST.map((k) => k.model));
    const undecided = Object.values(Prisma.ModelName).filter((m) => !kinds.has(lower(m)) && !(m in NOT_KINDS));
    expect(undecided).toEqual([]);
  });

  for (const kind of KIND_LIST) {
    const model = Object.values(Prisma.ModelName).find((m) => lower(m) === kind.model)!;
    it(`${kind.label.many} (${model}): every column is a form field or read-only`, () => {
      expect(model).toBeDefined();
      const columns = scalarFields(model);
      const decided = new Set([...Object.keys(kind.columns), ...kind.readOnly]);
      expect(columns.filter((c) => !decided.has(c))).toEqual([]);
      // …and the description names no column the model lacks.
      expect([...Object.keys(kind.columns), ...kind.readOnly].filter((c) => !columns.includes(c))).toEqual([]);
      // A column is either editable or read-only, never both.
      expect(Object.keys(kind.columns).filter((c) => kind.readOnly.includes(c))).toEqual([]);
    });
  }
});
