import { db } from "@/lib/db";

/** The negotiations an editor may change, or null when they may change every one. */
export async function editorNegotiations(userId: string): Promise<string[] | null> {
  const rows = await db.editorScope.findMany({ where: { userId }, select: { negotiationId: true }, orderBy: { negotiationId: "asc" } });
  return rows.length ? rows.map((r) => r.negotiationId) : null;
}
