"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type Props = {
  items: readonly { href: string; label: string }[];
  /** The accessible name of the navigation landmark. */
  label?: string;
  /** The section's home: current only on itself (the others also on their sub-pages). */
  root?: string;
  /** A column from the md breakpoint up (the admin area's side navigation). */
  vertical?: boolean;
};

export function SiteNav({ items, label = "Main", root = "/", vertical = false }: Props) {
  const pathname = usePathname();
  return (
    // Items wrap rather than scroll (the header and, on a phone, the admin area): a row cut off at the edge hid that more views exist.
    <nav aria-label={label} className="text-sm">
      <ul className={`flex gap-1 text-sm ${vertical ? "flex-wrap md:flex-col md:flex-nowrap" : "flex-wrap"}`}>
        {items.map((item) => {
          const current = item.href === root ? pathname === root : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded px-2 py-1 ${current ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`}
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
