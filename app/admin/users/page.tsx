import type { Metadata } from "next";
import { UserAdmin } from "@/components/admin/user-admin";
import { requirePagePermission } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/accounts";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function Users() {
  const viewer = await requirePagePermission("manageUsers", "/admin/users");
  const [users, negotiations] = await Promise.all([listUsers(db), db.negotiation.findMany({ select: { id: true, title: true, restricted: true }, orderBy: { title: "asc" } })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Users</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Admins manage accounts; editors create, review and publish; analysts read published content and export. Changing a role or deactivating an account ends its sessions at once. An editor can be limited to some negotiations (a team that edits its beat); admins edit every one. A negotiation marked restricted is read only by the analysts named here (and by every editor and admin).
      </p>
      <UserAdmin users={users} selfId={viewer!.id} negotiations={negotiations} />
    </div>
  );
}
