import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/states";
import { listQuery } from "@/lib/admin/requests";
import { listRecords } from "@/lib/admin/service";
import { containsText, db } from "@/lib/db";
import { PUBLISH_STATUS_LABELS } from "@/lib/domain/labels";
import { isRecordType, kindOf } from "@/lib/records";
import { columnLabel, valueLabel } from "@/lib/records/forms";

type Props = { params: Promise<{ type: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await params;
  return { title: isRecordType(type) ? `${kindOf(type).label.many} · Admin` : "Admin" };
}

export default async function AdminList({ params, searchParams }: Props) {
  const { type } = await params;
  if (!isRecordType(type)) notFound();
  const parsed = listQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : listQuery.parse({});
  const { items, total } = await listRecords(db, type, query, containsText);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const kind = kindOf(type);
  const labels = kind.label;
  const columns = kind.list.columns;
  const pageHref = (page: number) => `/admin/${type}?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{labels.many}</h1>
        <span className="text-sm text-slate-500">{total} in all</span>
        {kind.tools?.list?.map((tool) => (
          <Link key={tool.href} href={tool.href} className={`${secondaryButtonClass} ml-auto`}>
            {tool.label}
          </Link>
        ))}
        <Link href={`/admin/${type}/new`} className={`${primaryButtonClass} ${kind.tools?.list?.length ? "" : "ml-auto"}`}>
          New {labels.one.toLowerCase()}
        </Link>
      </div>
      <form role="search" className="flex gap-2" action={`/admin/${type}`}>
        <label htmlFor="admin-q" className="sr-only">
          Search {labels.many.toLowerCase()}
        </label>
        <input id="admin-q" name="q" type="search" defaultValue={query.q} placeholder={`Search ${labels.many.toLowerCase()}`} className={inputClass} />
        <button type="submit" className={secondaryButtonClass}>
          Search
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState title={query.q ? "Nothing matches this search" : `No ${labels.many.toLowerCase()} yet`} />
      ) : (
        <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 dark:border-slate-700">
              <tr>
                <th className="py-1 pr-3">{labels.one}</th>
                {columns.map((c) => (
                  <th key={c} className="py-1 pr-3">
                    {columnLabel(kind, c)}
                  </th>
                ))}
                <th className="py-1">Version</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="py-1 pr-3">
                    <Link className="font-medium underline" href={`/admin/${type}/${encodeURIComponent(item.id)}`}>
                      {item.title}
                    </Link>
                  </td>
                  {columns.map((c) => (
                    <td key={c} className="py-1 pr-3">
                      {c === "status" && item.status ? (
                        <Badge tone={item.status === "published" ? "strong" : item.status === "in_review" ? "warn" : "neutral"}>{PUBLISH_STATUS_LABELS[item.status]}</Badge>
                      ) : (
                        valueLabel(kind, c, item.columns[c])
                      )}
                    </td>
                  ))}
                  <td className="py-1 tabular-nums">{item.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {query.page > 1 ? <Link href={pageHref(query.page - 1)}>← Previous</Link> : <span />}
          <span>
            Page {query.page} of {pageCount}
          </span>
          {query.page < pageCount ? <Link href={pageHref(query.page + 1)}>Next →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
