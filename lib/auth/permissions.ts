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
