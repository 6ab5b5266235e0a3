import { authorizeUser } from "@/lib/auth/viewer";
import { extractUpload } from "@/lib/drafts/intake/upload";
import { handle } from "@/lib/http/handler";

/** The text of an uploaded draft (.txt, .md, .docx, PDF with a text layer); stores nothing. */
export const POST = handle(async (request) => {
  await authorizeUser(request, "edit");
  return extractUpload(request);
});
