import "server-only";
import { getViewer } from "./viewer";
import { can } from "./permissions";

/**
 * Editors add ?preview=1 to a reader's page to see unpublished content exactly as analysts
 * will once it is published; for everyone else the parameter does nothing.
 */
export async function wantsPreview(searchParams: Record<string, string | string[] | undefined>): Promise<boolean> {
  if (searchParams.preview !== "1") return false;
  return can((await getViewer())?.role, "edit");
}
