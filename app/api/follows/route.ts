import { authorize, authorizeRead } from "@/lib/auth/viewer";
import { readJson } from "@/lib/http/body";
import { AppError, handle, parseQuery } from "@/lib/http/handler";
import { hiddenNegotiationIds } from "@/lib/negotiations/access";
import { follow, followSchema, listFollows, unfollow } from "@/lib/updates/follows";

export const dynamic = "force-dynamic";

const signedIn = <V>(viewer: V | null): V => {
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to follow");
  return viewer;
};
const NO_STORE = { "cache-control": "private, no-store" };

/** What the signed-in reader follows. */
export const GET = handle(async (request) => {
  const viewer = signedIn(await authorizeRead(request));
  return Response.json({ follows: await listFollows(viewer.id, await hiddenNegotiationIds(viewer)) }, { headers: NO_STORE });
});

/** Follow an actor, issue, territory, draft or tag: 404 when there is none this reader may read. */
export const POST = handle(async (request) => {
  const viewer = signedIn(await authorize(request, "read"));
  const target = followSchema.parse(await readJson(request));
  return Response.json(await follow(viewer.id, target, await hiddenNegotiationIds(viewer)), { status: 201, headers: NO_STORE });
});

/** Stop following (?targetType=&targetId=). */
export const DELETE = handle(async (request) => {
  const viewer = signedIn(await authorize(request, "read"));
  const target = parseQuery(followSchema, request);
  return Response.json({ removed: await unfollow(viewer.id, target) }, { headers: NO_STORE });
});
