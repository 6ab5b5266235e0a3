// For npm run bench: a reader with many unread changes. An editor saves `count` published
// records through the same write path as the admin area (each save writes its revision), after
// the reader's account was made, so every one is "since you last read" for that reader.
import { getRecord, updateRecord } from "@/lib/admin/service";
import type { Db } from "@/lib/db/client";

export async function makeUnreadChanges(db: Db, count: number): Promise<number> {
  const editor = null; // the seed-and-import actor: no account needed
  let made = 0;
  for (const [type, model] of [["positions", "position"], ["cards", "card"], ["claims", "territoryClaim"]] as const) {
    const rows = (await (db as unknown as Record<string, { findMany(a: object): Promise<{ id: string }[]> }>)[model].findMany({ where: { status: "published" }, select: { id: true }, take: count - made, orderBy: { id: "asc" } })) as { id: string }[];
    for (const { id } of rows) {
      const record = await getRecord(db, type, id);
      const field = type === "cards" ? "title" : "summary";
      await updateRecord(db, type, id, record.version, { ...record.input, [field]: `${String(record.input[field])} (revised for the benchmark)` }, editor);
      made++;
    }
    if (made >= count) break;
  }
  return made;
}
