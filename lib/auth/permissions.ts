// Who may do what: the one table every server check reads (and the UI mirrors to hide what
// the server would refuse anyway).
import type { Role } from "@/lib/domain/enums";

export const PERMISSIONS = {
  /** Read published content on the dashboard and its JSON API. */
  read: ["analyst", "editor", "admin"],
  /** Export briefings and panels as PDF or CSV. */
  export: ["analyst", "editor", "admin"],
  /** Create, edit and delete content; see unpublished content; restore revisions; import. */
  edit: ["editor", "admin"],
  /** Move content through draft → in review → published, and unpublish. */
  publish: ["editor", "admin"],
  /** Read the audit log and revision histories. */
  audit: ["editor", "admin"],
  /** Manage accounts and roles. */
  manageUsers: ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** What the table needs to know of one negotiation. */
export type NegotiationGate = { id: string; restricted?: boolean; readerIds?: readonly string[] };
/** A signed-in person: `negotiations` limits an editor's changes (null or absent: every one). */
export type Person = { id: string; role: Role; negotiations?: readonly string[] | null };

const CHANGES: readonly Permission[] = ["edit", "publish"];

/** Whether an editor's limits (null or absent: none) let their changes reach a negotiation. */
export const changesReach = (limits: readonly string[] | null | undefined, negotiationId: string) => !limits || limits.includes(negotiationId);

/**
 * The same table with the negotiation as an argument. Changes: an editor limited to some
 * negotiations changes only those. Reading and exporting: a restricted negotiation is read by
 * admins, by the editors who may change it, and by its named readers.
 */
export function canIn(person: Person | null | undefined, permission: Permission, negotiation: NegotiationGate): boolean {
  if (!person || !can(person.role, permission)) return false;
  if (CHANGES.includes(permission)) return person.role === "admin" || changesReach(person.negotiations, negotiation.id);
  if (!negotiation.restricted || person.role === "admin") return true;
  if (person.role === "editor" && changesReach(person.negotiations, negotiation.id)) return true;
  return (negotiation.readerIds ?? []).includes(person.id);
}
