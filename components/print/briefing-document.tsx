// A briefing laid out for paper: cover, linked contents, cards with numbered citations, the
// sections asked for, and the sources as endnotes with their Admiralty grading.
import { AssessmentLabel } from "@/components/briefing/assessment-label";
import { KeyCharts } from "@/components/charts/key-charts";
import { DraftComparison } from "@/components/drafts/draft-comparison";
import { TerritoryMap } from "@/components/territories/territory-map";
import { Markdown } from "@/components/ui/markdown";
import { CARD_KIND_LABELS, admiraltyDescription } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { serialize } from "@/lib/json/serialized";
import { numberSources, type BriefingDocument } from "@/lib/pdf/document";
import { SECTION_LABELS, type BriefingSection } from "@/lib/pdf/options";
import type { MapGeometry } from "@/lib/territories/geometry";
import type { ChangeGroup } from "@/lib/updates/changes";
import { UpdatesList, when } from "@/components/updates/updates-list";
import { CONTENTS_ATTRIBUTE } from "@/lib/pdf/contents-attribute";
import { PrintMatrix } from "./print-matrix";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

type Props = {
  doc: BriefingDocument;
  sections: BriefingSection[];
  marking: string;
  /** The map of the briefing's negotiation (when the map section is shown). */
  mapGeometry: MapGeometry | null;
  /** The optional "Changes since <day>" section: what readers could see change since then. */
  changes?: { since: Date; groups: ChangeGroup[] } | null;
};

export function BriefingDocumentView({ doc, sections, marking, mapGeometry, changes = null }: Props) {
  const changeCount = changes ? changes.groups.reduce((n, g) => n + g.items.length, 0) : 0;
  const { briefing } = doc;
  const { numbers, sources } = numberSources(briefing.cards);
  const has = (s: BriefingSection) => sections.includes(s);
  const included = sections.filter((s) => s !== "cards" || briefing.cards.length > 0);

  return (
    <article className="print-document mx-auto max-w-4xl space-y-10 text-slate-900" data-testid="print-document">
      <section className="flex min-h-[60vh] flex-col justify-center gap-4 break-after-page" aria-label="Cover">
        <p className="text-sm font-bold uppercase tracking-[0.2em] text-rose-800">{marking}</p>
        <h1 className="text-4xl font-semibold leading-tight">{briefing.title}</h1>
        <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
          <dt className="font-semibold">Negotiation</dt>
          <dd data-testid="print-negotiation">{doc.negotiation.title}</dd>
          <dt className="font-semibold">Date</dt>
          <dd>{briefing.publishedAt ? formatDate(briefing.publishedAt) : `not published (${briefing.status.replace("_", " ")})`}</dd>
          <dt className="font-semibold">Authors</dt>
          <dd>{briefing.authors || "—"}</dd>
          <dt className="font-semibold">Data as of</dt>
          <dd>{stamp.format(doc.asOf)} UTC</dd>
          <dt className="font-semibold">Cards</dt>
          <dd>{briefing.cards.length}</dd>
        </dl>
        <div className="max-w-2xl text-slate-700">
          <Markdown>{briefing.summary}</Markdown>
        </div>
      </section>

      <nav aria-labelledby="toc-title" className="break-after-page">
        <h2 id="toc-title" className="mb-3 text-2xl font-semibold">
          Contents
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {changes && (
            <ContentsEntry href="#section-changes" heading="changes-title">
              Changes since {when.format(changes.since)} UTC
            </ContentsEntry>
          )}
          {included.map((s) => (
            <ContentsEntry
              key={s}
              href={`#section-${s}`}
              heading={`${s}-title`}
              nested={
                s === "cards" && (
                  <ol className="mt-1 list-decimal space-y-0.5 pl-6 text-sm">
                    {briefing.cards.map(({ card }) => (
                      <ContentsEntry key={card.id} href={`#card-${card.id}`} heading={`card-${card.id}-title`}>
                        {card.title}
                      </ContentsEntry>
                    ))}
                  </ol>
                )
              }
            >
              {SECTION_LABELS[s]}
            </ContentsEntry>
          ))}
        </ol>
      </nav>

      {changes && (
        <section id="section-changes" aria-labelledby="changes-title" className="print-page-break space-y-3" data-testid="print-changes">
          <h2 id="changes-title" className="text-2xl font-semibold">
            Changes since {when.format(changes.since)} UTC
          </h2>
          <SectionAsOf asOf={doc.asOf} />
          <p className="text-sm text-slate-600">
            {changeCount} {changeCount === 1 ? "change" : "changes"} published in this negotiation since then, most important kinds first; minor corrections left out.
          </p>
          {changeCount === 0 ? <p>Nothing changed in this period.</p> : <UpdatesList groups={changes.groups} headingLevel={3} />}
        </section>
      )}

      {has("cards") && (
        <section id="section-cards" aria-labelledby="cards-title" className="space-y-6">
          <h2 id="cards-title" className="text-2xl font-semibold">
            {SECTION_LABELS.cards}
          </h2>
          <SectionAsOf asOf={doc.asOf} />
          {briefing.cards.length === 0 && <p>This briefing has no cards yet.</p>}
          {briefing.cards.map(({ card }, index) => (
            <article key={card.id} id={`card-${card.id}`} className="space-y-2 border-t border-slate-300 pt-3" data-testid="print-card">
              <h3 id={`card-${card.id}-title`} className="text-lg font-semibold">
                {index + 1}. {card.title}
              </h3>
              <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <span className="font-semibold uppercase tracking-wide">{CARD_KIND_LABELS[card.kind]}</span>
                {card.eventDate && <span>{formatDate(card.eventDate)}</span>}
                {card.likelihood && card.confidence && <AssessmentLabel likelihood={card.likelihood} confidence={card.confidence} />}
              </p>
              <Markdown>{card.body}</Markdown>
              {card.citations.length > 0 && (
                <p className="text-xs text-slate-700">
                  Sources:{" "}
                  {card.citations.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ", "}
                      <a href={`#source-${numbers.get(c.source.id)}`} className="underline">
                        [{numbers.get(c.source.id)}]
                      </a>
                      {c.locator ? ` (${c.locator})` : ""}
                    </span>
                  ))}
                </p>
              )}
            </article>
          ))}
        </section>
      )}

      {has("positions") && doc.matrix && (
        <section id="section-positions" aria-labelledby="positions-title" className="print-page-break space-y-3">
          <h2 id="positions-title" className="text-2xl font-semibold">
            {SECTION_LABELS.positions}
          </h2>
          <SectionAsOf asOf={doc.asOf} />
          <p className="text-sm text-slate-600">Each actor&apos;s latest recorded stance; the symbol and word carry the stance as well as the colour.</p>
          <PrintMatrix matrix={doc.matrix} />
        </section>
      )}

      {has("map") && doc.mapData && mapGeometry && (
        <section id="section-map" aria-labelledby="map-title" className="print-page-break space-y-3">
          <h2 id="map-title" className="text-2xl font-semibold">
            {SECTION_LABELS.map}
          </h2>
          <SectionAsOf asOf={doc.asOf} />
          <TerritoryMap geometry={mapGeometry} data={serialize(doc.mapData)} />
        </section>
      )}

      {has("compare") && doc.comparison && (
        <section id="section-compare" aria-labelledby="compare-title" className="print-wide print-page-break space-y-3">
          <h2 id="compare-title" className="text-2xl font-semibold">
            {SECTION_LABELS.compare}: {doc.comparison.left.name} and {doc.comparison.right.name}
          </h2>
          <SectionAsOf asOf={doc.asOf} />
          <DraftComparison drafts={[]} pair={{ a: doc.comparison.left.id, b: doc.comparison.right.id }} initial={serialize(doc.comparison)} issues={[]} />
        </section>
      )}

      {has("charts") && doc.charts && (
        <section id="section-charts" aria-labelledby="charts-title" className="print-page-break space-y-3">
          <h2 id="charts-title" className="text-2xl font-semibold">
            {SECTION_LABELS.charts}
          </h2>
          <SectionAsOf asOf={doc.asOf} />
          <KeyCharts {...doc.charts} />
        </section>
      )}

      {has("sources") && (
        <section id="section-sources" aria-labelledby="sources-title" className="print-page-break space-y-3">
          <h2 id="sources-title" className="text-2xl font-semibold">
            {SECTION_LABELS.sources}
          </h2>
          <SectionAsOf asOf={doc.asOf} />
          <p className="text-sm text-slate-600">Numbered as cited in the cards. Grading: Admiralty system (source reliability A–F, information credibility 1–6).</p>
          <ol className="space-y-1 text-sm">
            {sources.map((source, i) => (
              <li key={source.id} id={`source-${i + 1}`} className="grid grid-cols-[2.5rem_1fr] gap-1" data-testid="print-source">
                <span className="tabular-nums">[{i + 1}]</span>
                <span>
                  {source.outlet}, “{source.title}”{source.publishedAt ? `, ${formatDate(source.publishedAt, { approx: source.dateApprox })}` : ""}. {admiraltyDescription(source.reliability, source.credibility)}.
                  {source.url && (
                    <>
                      {" "}
                      <a href={source.url} className="break-all underline">
                        {source.url}
                      </a>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

/**
 * One line of the contents: the entry linked to its section, and the page its heading starts
 * on, written in after a first printing (lib/pdf/contents.ts). The number's box keeps its width
 * whether filled or not, so filling it moves nothing to another page.
 */
function ContentsEntry({ href, heading, children, nested }: { href: string; heading: string; children: React.ReactNode; nested?: React.ReactNode }) {
  return (
    <li>
      <a href={href} className="flex items-baseline gap-2 underline-offset-2 hover:underline">
        <span>{children}</span>
        <span aria-hidden="true" className="min-w-4 flex-1 border-b border-dotted border-slate-400" />
        <span className="w-10 shrink-0 text-right tabular-nums" {...{ [CONTENTS_ATTRIBUTE]: heading }} />
      </a>
      {nested}
    </li>
  );
}

/** Every section says when its data dates from, so a page read on its own is dated too. */
function SectionAsOf({ asOf }: { asOf: Date }) {
  return <p className="text-xs text-slate-600">Data as of {stamp.format(asOf)} UTC.</p>;
}
