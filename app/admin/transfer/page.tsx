import type { Metadata } from "next";
import { DatasetTransfer } from "@/components/admin/dataset-transfer";

export const metadata: Metadata = { title: "Export / import · Admin" };

export default function Transfer() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Export and import</h1>
      <DatasetTransfer />
    </div>
  );
}
