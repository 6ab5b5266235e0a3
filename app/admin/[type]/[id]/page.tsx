import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityForm } from "@/components/admin/entity-form";
import { ENTITY_LABELS, isEntityType } from "@/lib/admin/entity-types";
import { getOptions } from "@/lib/admin/options";
import { getRecord } from "@/lib/admin/service";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: "Edit · Admin" };

/** Where analysts see this record on the dashboard. */
const READER_PATHS: Partial<Record<string, (id: string) => string>> = {
  cards: (id) => `/cards/${id}`,
  actors: (id) => `/actors/${id}`,
  issues: (id) => `/issues/${id}`,
  territories: (code) => `/territories/${code}`,
};

export default async function EditRecord({ params, searchParams }: Props) {
  const { type, id } = await params;
  if (!isEntityType(type)) notFound();
  const record = await getRecord(db, type, decodeURIComponent(id)).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [options, viewer] = await Promise.all([getOptions(), getViewer()]);
  const readerPath = type === "briefings" ? `/briefings/${record.input.slug as string}` : READER_PATHS[type]?.(encodeURIComponent(record.id));
  const previewable = type === "cards" || type === "briefings";
  return (
    <div>
      <p className="mb-2 flex flex-wrap gap-3 text-sm text-slate-500">
        <Link className="underline" href={`/admin/${type}`}>
          {ENTITY_LABELS[type].many}
        </Link>
        {readerPath && (
          <Link className="underline" href={readerPath + (previewable ? "?preview=1" : "")}>
            {previewable ? "Preview as analysts will see it" : "See it on the dashboard"}
          </Link>
        )}
      </p>
      {(await searchParams).saved === "created" && (
        <p role="status" className="mb-3 rounded border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          Created.
        </p>
      )}
      <EntityForm key={record.id} type={type} options={options} record={record} canPublish={can(viewer?.role, "publish")} />
    </div>
  );
}
