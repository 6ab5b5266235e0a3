import type { Metadata } from "next";
import { NegotiationList } from "@/components/negotiations/negotiation-list";
import { negotiationsForList } from "@/lib/negotiations/home";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Negotiations" };

export default async function Negotiations() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Negotiations</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">Every negotiation Parley follows. Activity: dated statements of position, events and drafts per week, over the twelve weeks up to the latest.</p>
      <NegotiationList negotiations={await negotiationsForList()} />
    </div>
  );
}
