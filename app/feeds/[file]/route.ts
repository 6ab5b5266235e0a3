import { handle, notFound } from "@/lib/http/handler";
import { readerFeed } from "@/lib/updates/feeds";

export const dynamic = "force-dynamic";

/** /feeds/<token>.atom and /feeds/<token>.json: a reader's updates, read with their feed token (no session). */
export const GET = handle(async (request, { params }: { params: Promise<{ file: string }> }) => {
  const match = /^(.+)\.(atom|json)$/.exec((await params).file);
  if (!match) throw notFound("Feed");
  const url = new URL(request.url);
  // ?following=1: only what the reader follows.
  const { body, contentType } = await readerFeed(match[1], match[2] as "atom" | "json", url.origin, { following: url.searchParams.get("following") === "1" });
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "private, no-store" } });
});
