import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";

/** Every stated position (current and history) as CSV, oldest first per actor and issue. */
export async function positionsCsv(): Promise<string> {
  const positions = await db.position.findMany({
    orderBy: [{ actorId: "asc" }, { issueId: "asc" }, { statedAt: "asc" }],
    include: {
      actor: { select: { name: true, bloc: true } },
      issue: { select: { title: true } },
      citations: { orderBy: { sortOrder: "asc" }, include: { source: { select: { outlet: true, title: true, url: true, reliability: true, credibility: true } } } },
    },
  });
  const header = ["actor", "bloc", "issue", "stance", "stated on", "date approximate", "summary", "quote (original)", "language", "quote (English)", "sources"];
  const rows = positions.map((p) => [
    p.actor.name,
    p.actor.bloc,
    p.issue.title,
    p.stance,
    p.statedAt.toISOString().slice(0, 10),
    p.dateApprox ? "yes" : "no",
    p.summary,
    p.quoteOriginal ?? "",
    p.quoteLanguage ?? "",
    p.quoteEnglish ?? "",
    p.citations.map((c) => `${c.source.outlet}: ${c.source.title} [${c.source.reliability}${c.source.credibility}]${c.source.url ? ` ${c.source.url}` : ""}`).join(" | "),
  ]);
  return stringify([header, ...rows]);
}
