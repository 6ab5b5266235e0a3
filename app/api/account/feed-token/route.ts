import { authorize, authorizeRead } from "@/lib/auth/viewer";
import { AppError, handle } from "@/lib/http/handler";
import { createFeedToken, hasFeedToken, revokeFeedTokens } from "@/lib/updates/feeds";

export const dynamic = "force-dynamic";

async function signedIn(viewer: Awaited<ReturnType<typeof authorizeRead>>) {
  if (!viewer) throw new AppError(401, "unauthenticated", "Sign in to manage your feed");
  return viewer;
}

/** Whether the signed-in reader has a live feed address (the address itself is shown only when made). */
export const GET = handle(async (request) => {
  const viewer = await signedIn(await authorizeRead(request));
  return Response.json({ active: await hasFeedToken(viewer.id) }, { headers: { "cache-control": "private, no-store" } });
});

/** A new feed address for the signed-in reader, ending the old one; shown this once. */
export const POST = handle(async (request) => {
  const viewer = await signedIn(await authorize(request, "read"));
  const token = await createFeedToken(viewer.id);
  const origin = new URL(request.url).origin;
  return Response.json({ atom: `${origin}/feeds/${token}.atom`, json: `${origin}/feeds/${token}.json` }, { status: 201, headers: { "cache-control": "no-store" } });
});

/** Revokes the signed-in reader's feed address. */
export const DELETE = handle(async (request) => {
  const viewer = await signedIn(await authorize(request, "read"));
  return Response.json({ revoked: await revokeFeedTokens(viewer.id) });
});
