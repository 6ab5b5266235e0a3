import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntityForm } from "@/components/admin/entity-form";
import { getOptions } from "@/lib/admin/options";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { isRecordType, kindOf } from "@/lib/records";

type Props = { params: Promise<{ type: string }>; searchParams: Promise<Record<string, string | string[]>> };

export const metadata: Metadata = { title: "New · Admin" };

export default async function NewRecord({ params, searchParams }: Props) {
  const { type } = await params;
  if (!isRecordType(type)) notFound();
  const kind = kindOf(type);
  // Fields named in the URL start filled in (e.g. /admin/positions/new?actorId=…&issueId=… from the matrix).
  const names = new Set(Object.keys(kind.fields));
  const initial = Object.fromEntries(Object.entries(await searchParams).filter(([k, v]) => names.has(k) && typeof v === "string"));
  const [options, viewer] = await Promise.all([getOptions(), getViewer()]);
  // With one negotiation there is nothing to choose: a new record belongs to it.
  if (names.has("negotiationId") && !initial.negotiationId && options.negotiations.length === 1) initial.negotiationId = options.negotiations[0].id;
  return (
    <div>
      <p className="mb-2 text-sm text-slate-500">{kind.label.many}</p>
      <EntityForm type={type} options={options} initial={initial} canPublish={can(viewer?.role, "publish")} />
    </div>
  );
}
