import { isDatabaseReachable } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  return (await isDatabaseReachable())
    ? Response.json({ ok: true })
    : Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
}
