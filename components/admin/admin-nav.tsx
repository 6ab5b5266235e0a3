import { SiteNav } from "@/components/layout/site-nav";
import { ENTITY_LABELS, ENTITY_TYPES } from "@/lib/admin/entity-types";

export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const items = [
    { href: "/admin", label: "Overview" },
    ...ENTITY_TYPES.map((type) => ({ href: `/admin/${type}`, label: ENTITY_LABELS[type].many })),
    { href: "/admin/audit", label: "Audit log" },
    { href: "/admin/transfer", label: "Export / import" },
    ...(isAdmin ? [{ href: "/admin/users", label: "Users" }] : []),
  ];
  return <SiteNav items={items} label="Admin" root="/admin" vertical />;
}
