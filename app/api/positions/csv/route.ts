import { authorize } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";
import { positionsCsv } from "@/lib/positions/csv";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  await authorize(request, "export");
  return new Response(await positionsCsv(), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="positions-${new Date().toISOString().slice(0, 10)}.csv"` },
  });
});
