import { redirect } from "next/navigation";
import { NegotiationList } from "@/components/negotiations/negotiation-list";
import { lastNegotiationPath, negotiationsForList } from "@/lib/negotiations/home";

export const dynamic = "force-dynamic";

/** Reopens the negotiation the reader used last; otherwise the list (also at /negotiations). */
export default async function Home() {
  const last = await lastNegotiationPath();
  if (last) redirect(last);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Negotiations</h1>
      <NegotiationList negotiations={await negotiationsForList()} />
    </div>
  );
}
