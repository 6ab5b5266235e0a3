import { getOptions } from "@/lib/admin/options";
import { authorizeUser } from "@/lib/auth/viewer";
import { handle } from "@/lib/http/handler";

export const GET = handle(async (request) => {
  await authorizeUser(request, "edit");
  return getOptions();
});
