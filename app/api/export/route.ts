import { can } from "@/lib/auth/permissions";
import { authorizeExport } from "@/lib/auth/viewer";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";
import { exportPdf } from "@/lib/pdf/export";
import { parseExportRequest } from "@/lib/pdf/options";

export const dynamic = "force-dynamic";

/** A briefing or a panel as PDF. Editors may ask for a briefing's unpublished preview. */
export const POST = handle(async (request) => {
  const viewer = await authorizeExport(request);
  const body = (await readJson(request, 20_000)) as Record<string, unknown>;
  const preview = body?.preview === true;
  if (body && typeof body === "object") delete body.preview;
  const exportRequest = parseExportRequest(body);
  const { pdf, filename } = await exportPdf(exportRequest, { includeUnpublished: preview && can(viewer?.role, "edit") });
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
});
