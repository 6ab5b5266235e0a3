import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePagePermission } from "@/lib/auth/viewer";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePagePermission("edit", "/admin");
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-[12rem_1fr]">
      <aside className="no-print min-w-0">
        <AdminNav isAdmin={viewer?.role === "admin"} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
