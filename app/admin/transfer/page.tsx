import type { Metadata } from "next";
import { DatasetTransfer } from "@/components/admin/dataset-transfer";
import { listNegotiations } from "@/lib/negotiations/queries";

export const metadata: Metadata = { title: "Export / import · Admin" };

export const dynamic = "force-dynamic";

export default async function Transfer() {
  const negotiations = (await listNegotiations("all")).map((n) => ({ slug: n.slug, title: n.title }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Export and import</h1>
      <DatasetTransfer negotiations={negotiations} />
    </div>
  );
}
