import { exportDataset } from "@/lib/admin/transfer";
import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { handle } from "@/lib/http/handler";

export const GET = handle(async (request) => {
  await authorizeUser(request, "edit");
  const dataset = await exportDataset(db);
  return new Response(JSON.stringify(dataset, null, 1), {
    headers: { "content-type": "application/json", "content-disposition": `attachment; filename="parley-dataset-${dataset.exportedAt.slice(0, 10)}.json"` },
  });
});
