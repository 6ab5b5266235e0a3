"use client";
import { useRouter } from "next/navigation";
import { inputClass } from "@/components/ui/field";
import { useNegotiationHref } from "@/components/negotiations/negotiation-context";
import type { Lineage } from "@/lib/drafts/queries";

/** Chooses the point whose lineage /drafts shows; the choice lives in the URL (?point=…). */
export function PointPicker({ options, value }: { options: Lineage["options"]; value: string }) {
  const router = useRouter();
  const href = useNegotiationHref();
  return (
    <label className="flex max-w-2xl flex-col gap-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
      Follow a point
      <select className={inputClass} value={value} onChange={(e) => router.push(href("/drafts", { point: e.target.value }))}>
        {options.map(({ draft, points }) => (
          <optgroup key={draft.id} label={draft.name}>
            {points.map((p) => (
              <option key={p.id} value={p.id}>
                {p.number !== null ? `${p.number}. ` : ""}
                {p.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
