import "server-only";
// One PDF export, whoever asks (the dialog, a panel's button, the CLI): check the request
// against the database before any browser work, sign a print address, print it.
import { listDrafts } from "@/lib/drafts/queries";
import { AppError, fieldErrors } from "@/lib/http/errors";
import { internalOrigin } from "@/lib/http/internal-origin";
import { findBriefingForExport } from "./document";
import { PANEL_EXPORTS } from "./panels";
import type { ExportRequest } from "./options";
import { printToPdf } from "./render";
import { printAddress, signPrintToken } from "./token";
import { findNegotiation, firstCase } from "@/lib/negotiations/queries";
import { negotiationPath } from "@/lib/negotiations/paths";

const today = () => new Date().toISOString().slice(0, 10);

/**
 * `hidden`: the restricted negotiations the person asking may not read (lib/negotiations/access.ts);
 * `readerId`: whose digest it is (a digest is always one reader's).
 */
export async function exportPdf(
  request: ExportRequest,
  { includeUnpublished, hidden, readerId = null }: { includeUnpublished: boolean; hidden: readonly string[]; readerId?: string | null },
): Promise<{ pdf: Buffer; filename: string }> {
  let path: string;
  let params: Record<string, string | string[]>;
  let marking: string;
  let filename: string;
  if (request.kind === "digest") {
    if (!readerId) throw new AppError(400, "invalid_request", "A digest is a reader's own: name the reader", { email: ["Name the reader"] });
    if (request.negotiation && !(await findNegotiation(request.negotiation, "published", hidden))) {
      const message = `There is no negotiation "${request.negotiation}"`;
      throw new AppError(404, "unknown_negotiation", message, { negotiation: [message] });
    }
    // The reader is named in the signed address: the print page shows exactly their updates.
    path = "/updates/print";
    params = { reader: readerId, paper: request.paper, ...(request.since ? { since: request.since } : {}), ...(request.following ? { following: "1" } : {}), ...(request.negotiation ? { negotiation: request.negotiation } : {}), ...(request.marking ? { marking: request.marking } : {}) };
    marking = request.marking || "UNCLASSIFIED";
    filename = `parley-digest-${request.since ?? "since-last-read"}-${today()}.pdf`;
    return { pdf: await printSigned(path, params, request.paper, marking), filename };
  }
  // The negotiation asked for (an editor's export may name an unpublished one), or the first case.
  const negotiation = request.negotiation ? await findNegotiation(request.negotiation, includeUnpublished ? "all" : "published", hidden) : await firstCase();
  if (!negotiation) {
    const message = request.negotiation ? `There is no negotiation "${request.negotiation}"` : "No negotiation is published yet";
    throw new AppError(404, "unknown_negotiation", message, { negotiation: [message] });
  }
  if (request.kind === "briefing") {
    const briefing = await findBriefingForExport(negotiation.id, request.slug, includeUnpublished);
    if (!briefing) {
      const message = request.slug ? `No briefing "${request.slug}"${includeUnpublished ? "" : " is published"}` : "No briefing is published yet";
      throw new AppError(400, "invalid_request", message, { slug: [message] });
    }
    path = negotiationPath(negotiation.slug, `/print/briefings/${briefing.slug}`);
    params = {
      paper: request.paper,
      sections: request.sections.join(","),
      ...(request.marking ? { marking: request.marking } : {}),
      ...(includeUnpublished ? { preview: "1" } : {}),
      ...(request.changesSince ? { changesSince: request.changesSince } : {}),
    };
    marking = request.marking || briefing.marking;
    filename = `${negotiation.slug}-${briefing.slug}-${today()}.pdf`;
  } else {
    const spec = PANEL_EXPORTS[request.kind];
    const filter = spec.schema.safeParse(request.params);
    if (!filter.success) throw new AppError(400, "invalid_request", "Some parameters are invalid", fieldErrors(filter.error, "params."));
    if (request.kind === "compare") {
      const ids = new Set((await listDrafts(negotiation.id)).map((d) => d.id));
      const unknown = [request.params.a, request.params.b].filter((id) => typeof id === "string" && !ids.has(id));
      if (unknown.length) throw new AppError(400, "invalid_request", `Unknown draft: ${unknown.join(", ")}`, { "params.a": ["Not a draft"] });
    }
    path = negotiationPath(negotiation.slug, `/print/${request.kind}`);
    params = { ...request.params, ...(includeUnpublished && negotiation.status !== "published" ? { preview: "1" } : {}), paper: request.paper, ...(request.marking ? { marking: request.marking } : {}) };
    marking = request.marking || "UNCLASSIFIED";
    filename = `${negotiation.slug}-${request.kind}-${today()}.pdf`;
  }
  return { pdf: await printSigned(path, params, request.paper, marking), filename };
}

/** Prints a print route through this server, with a token for exactly that address. */
async function printSigned(path: string, params: Record<string, string | string[]>, paper: ExportRequest["paper"], marking: string): Promise<Buffer> {
  const address = printAddress(path, params);
  const url = `${internalOrigin()}${address}${address.includes("?") ? "&" : "?"}token=${encodeURIComponent(signPrintToken(address))}`;
  return printToPdf({ url, paper, marking });
}
