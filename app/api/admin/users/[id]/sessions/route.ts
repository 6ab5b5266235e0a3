import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { handle } from "@/lib/http/handler";
import { revokeSessions } from "@/lib/users/accounts";

type Context = { params: Promise<{ id: string }> };

/** Signs an account out everywhere. */
export const DELETE = handle(async (request, { params }: Context) => {
  const viewer = await authorizeUser(request, "manageUsers");
  return { ended: await revokeSessions(db, (await params).id, viewer.id) };
});
