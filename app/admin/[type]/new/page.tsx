import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntityForm } from "@/components/admin/entity-form";
import { ENTITY_LABELS, isEntityType } from "@/lib/admin/entity-types";
import { FORMS } from "@/lib/admin/fields";
import { getOptions } from "@/lib/admin/options";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";

type Props = { params: Promise<{ type: string }>; searchParams: Promise<Record<string, string | string[]>> };

export const metadata: Metadata = { title: "New · Admin" };

export default async function NewRecord({ params, searchParams }: Props) {
  const { type } = await params;
  if (!isEntityType(type)) notFound();
  // Fields named in the URL start filled in (e.g. /admin/positions/new?actorId=putin&issueId=territory from the matrix).
  const names = new Set(FORMS[type].fields.map((f) => f.name));
  const initial = Object.fromEntries(Object.entries(await searchParams).filter(([k, v]) => names.has(k) && typeof v === "string"));
  const [options, viewer] = await Promise.all([getOptions(), getViewer()]);
  return (
    <div>
      <p className="mb-2 text-sm text-slate-500">{ENTITY_LABELS[type].many}</p>
      <EntityForm type={type} options={options} initial={initial} canPublish={can(viewer?.role, "publish")} />
    </div>
  );
}
