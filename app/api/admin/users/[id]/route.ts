import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";
import { updateUser } from "@/lib/users/accounts";

type Context = { params: Promise<{ id: string }> };

/** Change an account's name or role, or deactivate it (which ends its sessions). */
export const PUT = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "manageUsers");
  return updateUser(db, (await params).id, (await readJson(request)) as never, viewer.id);
});
