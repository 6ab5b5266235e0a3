"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { ENTITY_LABELS, ENTITY_TYPES } from "@/lib/admin/entity-types";

export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const items = [
    { href: "/admin", label: "Overview" },
    ...ENTITY_TYPES.map((type) => ({ href: `/admin/${type}`, label: ENTITY_LABELS[type].many })),
    { href: "/admin/audit", label: "Audit log" },
    { href: "/admin/transfer", label: "Export / import" },
    ...(isAdmin ? [{ href: "/admin/users", label: "Users" }] : []),
  ];
  return (
    <nav aria-label="Admin" className="text-sm">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => {
          const current = item.href === "/admin" ? pathname === "/admin" : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded px-2 py-1 ${current ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
