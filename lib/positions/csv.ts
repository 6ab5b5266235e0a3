import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { visiblePosition } from "@/lib/records/visibility";

/** Every stated position (current and history) in one negotiation as CSV, oldest first per actor and issue; each row names the negotiation (its slug). */
export async function positionsCsv(negotiation: { id: string; slug: string }): Promise<string> {
  const positions = await db.position.findMany({
    where: { issue: { negotiationId: negotiation.id }, ...visiblePosition("published") },
    orderBy: [{ actorId: "asc" }, { issueId: "asc" }, { statedAt: "asc" }],
    include: {
      actor: { select: { name: true, bloc: true } },
      issue: { select: { title: true } },
      citations: { orderBy: { sortOrder: "asc" }, include: { source: { select: { outlet: true, title: true, url: true, reliability: true, credibility: true } } } },
    },
  });
  const header = ["negotiation", "actor", "bloc", "issue", "stance", "stated on", "date approximate", "summary", "quote (original)", "language", "quote (English)", "sources"];
  const rows = positions.map((p) => [
    negotiation.slug,
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
