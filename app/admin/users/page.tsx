import type { Metadata } from "next";
import { UserAdmin } from "@/components/admin/user-admin";
import { requirePagePermission } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/accounts";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function Users() {
  const viewer = await requirePagePermission("manageUsers", "/admin/users");
  const users = await listUsers(db);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Users</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Admins manage accounts; editors create, review and publish; analysts read published content and export. Changing a role or deactivating an account ends its sessions at once.
      </p>
      <UserAdmin users={users} selfId={viewer!.id} />
    </div>
  );
}
