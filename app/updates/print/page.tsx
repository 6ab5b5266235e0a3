import { notFound } from "next/navigation";
import { PrintFrame } from "@/components/print/print-frame";
import { UpdatesList, when } from "@/components/updates/updates-list";
import { requirePrintToken } from "@/lib/pdf/print-access";
import { digestExportSchema } from "@/lib/pdf/options";
import { countChanges } from "@/lib/updates/changes";
import { loadDigest } from "@/lib/updates/digest";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** A reader's digest as the PDF shows it; reached only by the export's headless browser, for the reader its signed address names. */
export default async function PrintDigest({ searchParams }: Props) {
  const query = await searchParams;
  requirePrintToken("/updates/print", query);
  const options = digestExportSchema.safeParse({ kind: "digest", paper: one(query.paper), marking: one(query.marking), since: one(query.since), negotiation: one(query.negotiation), following: query.following === "1" });
  const readerId = one(query.reader);
  if (!options.success || !readerId) notFound();
  const digest = await loadDigest({ readerId, since: options.data.since, following: options.data.following, negotiation: options.data.negotiation });
  if (!digest) notFound();
  const total = countChanges(digest.groups);
  return (
    <PrintFrame paper={options.data.paper}>
      <article className="space-y-4" data-testid="print-document">
        <header>
          {options.data.marking && <p className="text-sm font-bold uppercase tracking-[0.2em] text-rose-800">{options.data.marking}</p>}
          <h1 className="text-2xl font-semibold">
            Changes since {when.format(digest.since)} UTC{digest.negotiation ? `: ${digest.negotiation.title}` : ""}
          </h1>
          <p className="text-sm text-slate-700" data-testid="digest-summary">
            Digest for {digest.reader.name}: {total} {total === 1 ? "change" : "changes"} published
            {digest.follows ? ` about what they follow (${digest.follows.map((f) => f.label).join(", ") || "nothing followed"})` : ""}
            {options.data.since ? "" : ", since they last marked their updates read, leaving out what they already opened"}.
          </p>
          <p className="text-sm text-slate-600">Printed {stamp.format(new Date())} UTC from Parley; data as of that moment.</p>
        </header>
        {total === 0 ? <p>Nothing new in this period.</p> : <UpdatesList groups={digest.groups} />}
      </article>
    </PrintFrame>
  );
}
