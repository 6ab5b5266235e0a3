import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
  }
}
