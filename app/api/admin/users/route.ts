import { authorizeUser } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handle } from "@/lib/http/handler";
import { createUser, listUsers } from "@/lib/users/accounts";

export const GET = handle(async (request) => {
  await authorizeUser(request, "manageUsers");
  return listUsers(db);
});

export const POST = handle(async (request) => {
  const viewer = await authorizeUser(request, "manageUsers");
  return Response.json(await createUser(db, (await readJson(request)) as never, viewer.id), { status: 201 });
});
