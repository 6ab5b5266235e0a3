// The permission table with the negotiation as an argument, written from the README's promise:
// an editor may be limited to some negotiations; admins and unrestricted editors see and change
// every one; readers see every published negotiation unless it is restricted to named readers.
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/domain/enums";
import { can, canIn, PERMISSIONS, type Permission, type Person } from "./permissions";

const open = { id: "talks-a", restricted: false };
const restricted = { id: "talks-b", restricted: true, readerIds: ["named-analyst"] };

const admin: Person = { id: "admin", role: "admin" };
const editor: Person = { id: "editor", role: "editor", negotiations: null };
const beatEditor: Person = { id: "beat-editor", role: "editor", negotiations: ["talks-a"] };
const analyst: Person = { id: "analyst", role: "analyst" };
const namedAnalyst: Person = { id: "named-analyst", role: "analyst" };

describe("permissions in a negotiation", () => {
  it("never grant more than the table does without a negotiation", () => {
    for (const role of ROLES) {
      for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
        if (!can(role, permission)) expect(canIn({ id: "x", role }, permission, open), `${role} ${permission}`).toBe(false);
      }
    }
    expect(canIn(null, "read", open)).toBe(false);
  });

  it("admins and unrestricted editors read and change every negotiation", () => {
    for (const person of [admin, editor]) {
      for (const n of [open, restricted]) {
        for (const permission of ["read", "export", "edit", "publish"] as const) expect(canIn(person, permission, n), `${person.id} ${permission} ${n.id}`).toBe(true);
      }
    }
  });

  it("an editor limited to some negotiations changes only those", () => {
    expect(canIn(beatEditor, "edit", open)).toBe(true);
    expect(canIn(beatEditor, "publish", open)).toBe(true);
    expect(canIn(beatEditor, "edit", { id: "talks-c" })).toBe(false);
    expect(canIn(beatEditor, "publish", { id: "talks-c" })).toBe(false);
    // …reads the other open ones, but not another beat's restricted one unless named.
    expect(canIn(beatEditor, "read", { id: "talks-c", restricted: false })).toBe(true);
    expect(canIn(beatEditor, "read", restricted)).toBe(false);
    expect(canIn({ ...beatEditor, id: "named-analyst" }, "read", restricted)).toBe(true);
  });

  it("analysts read open negotiations, and restricted ones only when named", () => {
    expect(canIn(analyst, "read", open)).toBe(true);
    expect(canIn(analyst, "export", open)).toBe(true);
    expect(canIn(analyst, "read", restricted)).toBe(false);
    expect(canIn(analyst, "export", restricted)).toBe(false);
    expect(canIn(namedAnalyst, "read", restricted)).toBe(true);
    expect(canIn(namedAnalyst, "edit", restricted)).toBe(false);
  });
});
