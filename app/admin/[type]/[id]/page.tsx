import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityForm } from "@/components/admin/entity-form";
import { getOptions } from "@/lib/admin/options";
import { getRecord } from "@/lib/admin/service";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { isRecordType, kindOf } from "@/lib/records";
import { readerLink } from "@/lib/negotiations/reader-links";

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "Edit · Admin" };

export default async function EditRecord({ params, searchParams }: Props) {
  const { type, id } = await params;
  if (!isRecordType(type)) notFound();
  const kind = kindOf(type);
  const record = await getRecord(db, type, decodeURIComponent(id)).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [options, viewer] = await Promise.all([getOptions(), getViewer()]);
  const reader = await readerLink(kind, record);
  return (
    <div>
      <p className="mb-2 flex flex-wrap gap-3 text-sm text-slate-500">
        <Link className="underline" href={`/admin/${type}`}>
          {kind.label.many}
        </Link>
        {reader && (
          <Link className="underline" href={reader.href}>
            {reader.previewing ? "Preview as analysts will see it" : "See it on the dashboard"}
          </Link>
        )}
        {kind.tools?.record?.(record.id).map((tool) => (
          <Link key={tool.href} className="underline" href={tool.href}>
            {tool.label}
          </Link>
        ))}
      </p>
      {(await searchParams).saved === "created" && (
        <p role="status" className="mb-3 rounded border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          Created.
          {reader && (
            <>
              {" "}
              <Link className="underline" href={reader.href} data-testid="created-reader-link">
                {reader.previewing ? "Preview it where analysts will see it" : "See it where analysts read it"}
              </Link>
              {type === "positions" ? " (the matrix, with this cell open)." : "."}
            </>
          )}
        </p>
      )}
      <EntityForm key={record.id} type={type} options={options} record={record} canPublish={can(viewer?.role, "publish")} />
    </div>
  );
}
