import { SiteNav } from "@/components/layout/site-nav";
import { KIND_LIST } from "@/lib/records";

export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const items = [
    { href: "/admin", label: "Overview" },
    ...KIND_LIST.map((kind) => ({ href: `/admin/${kind.type}`, label: kind.label.many })),
    { href: "/admin/audit", label: "Audit log" },
    { href: "/admin/transfer", label: "Export / import" },
    ...(isAdmin ? [{ href: "/admin/users", label: "Users" }] : []),
  ];
  return <SiteNav items={items} label="Admin" root="/admin" vertical />;
}
