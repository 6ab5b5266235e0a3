import { can } from "@/lib/auth/permissions";
import { authorizeExport } from "@/lib/auth/viewer";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";
import { exportPdf } from "@/lib/pdf/export";
import { parseExportRequest } from "@/lib/pdf/options";
import { hiddenNegotiationIds } from "@/lib/negotiations/access";
import { digestReader } from "@/lib/updates/digest";

export const dynamic = "force-dynamic";

/**
 * A briefing or a panel as PDF. Editors may ask for a briefing's unpublished preview; the
 * command line (npm run export, with its one-time key) reads every negotiation.
 */
export const POST = handle(async (request) => {
  const { viewer, cli } = await authorizeExport(request);
  const body = (await readJson(request, 20_000)) as Record<string, unknown>;
  const preview = body?.preview === true;
  if (body && typeof body === "object") delete body.preview;
  const exportRequest = parseExportRequest(body);
  const reader = exportRequest.kind === "digest" ? await digestReader(exportRequest.email, viewer, cli) : null;
  const { pdf, filename } = await exportPdf(exportRequest, {
    includeUnpublished: preview && can(viewer?.role, "edit"),
    hidden: reader ? await hiddenNegotiationIds(reader) : cli ? [] : await hiddenNegotiationIds(viewer),
    readerId: reader?.id ?? null,
  });
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
});
