import type { Metadata } from "next";
import Link from "next/link";
import { DraftIntake } from "@/components/intake/draft-intake";
import { getOptions } from "@/lib/admin/options";
import { db } from "@/lib/db";
import { intakeDrafts, latestOfLineage } from "@/lib/drafts/intake/drafts";

export const metadata: Metadata = { title: "New draft from its text · Admin" };

type Props = { searchParams: Promise<{ base?: string; existing?: string }> };

export default async function NewVersion({ searchParams }: Props) {
  const params = await searchParams;
  const [drafts, options] = await Promise.all([intakeDrafts(db), getOptions()]);
  const from = drafts.find((d) => d.id === params.base);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        <Link className="underline" href="/admin/drafts">
          Drafts
        </Link>
        {from && (
          <>
            {" · "}
            <Link className="underline" href={`/admin/drafts/${encodeURIComponent(from.id)}`}>
              {from.name}
            </Link>
          </>
        )}
      </p>
      <DraftIntake
        drafts={drafts}
        options={options}
        mode={params.existing ? "existing" : "text"}
        defaultBaseId={from ? latestOfLineage(drafts, from.id) : null}
        revisesDefault={from ? latestOfLineage(drafts, from.id) : null}
      />
    </div>
  );
}
