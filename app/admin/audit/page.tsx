import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/admin/audit-table";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { EmptyState, FilterProblems } from "@/components/ui/states";
import { auditFilterSchema, listAudit } from "@/lib/admin/audit";
import { KIND_LIST } from "@/lib/records";
import { requirePagePermission } from "@/lib/auth/viewer";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[]>> };

export default async function AuditLog({ searchParams }: Props) {
  await requirePagePermission("audit", "/admin/audit");
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const [{ items, total }, users] = await Promise.all([listAudit(db, filter), db.user.findMany({ select: { email: true }, orderBy: { email: "asc" } })]);
  const pageCount = Math.max(1, Math.ceil(total / filter.pageSize));
  const href = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ["user", "entity", "from", "to"] as const) if (filter[key]) params.set(key, String(filter[key]));
    params.set("page", String(page));
    return `/admin/audit?${params}`;
  };
  const label = "flex flex-col gap-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <FilterProblems problems={problems} />
      <form className="flex flex-wrap items-end gap-3" action="/admin/audit">
        <label className={label}>
          Who
          <select name="user" defaultValue={filter.user ?? ""} className={inputClass}>
            <option value="">Everyone</option>
            {users.map((u) => (
              <option key={u.email}>{u.email}</option>
            ))}
          </select>
        </label>
        <label className={label}>
          Kind of record
          <select name="entity" defaultValue={filter.entity ?? ""} className={inputClass}>
            <option value="">All</option>
            {KIND_LIST.map((k) => (
              <option key={k.type} value={k.type}>
                {k.label.many}
              </option>
            ))}
            <option value="dataset">Dataset imports</option>
            <option value="users">Accounts</option>
          </select>
        </label>
        <label className={label}>
          From
          <input type="date" name="from" defaultValue={filter.from} className={inputClass} />
        </label>
        <label className={label}>
          To
          <input type="date" name="to" defaultValue={filter.to} className={inputClass} />
        </label>
        <button type="submit" className={secondaryButtonClass}>
          Filter
        </button>
        <Link href="/admin/audit" className="text-sm underline">
          Clear
        </Link>
      </form>
      <p className="text-sm text-slate-500">{total} change(s)</p>
      {items.length === 0 ? <EmptyState title="No changes match these filters" /> : <AuditTable entries={items} />}
      {pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {filter.page > 1 ? <Link href={href(filter.page - 1)}>← Newer</Link> : <span />}
          <span>
            Page {filter.page} of {pageCount}
          </span>
          {filter.page < pageCount ? <Link href={href(filter.page + 1)}>Older →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
