import type { MatchReport } from "@/lib/maps/service";

const list = (codes: string[]) => (codes.length ? codes.join(", ") : "none");

/** Which of the negotiation's territories the map's features draw, and what matches nothing. */
export function MapReport({ report }: { report: MatchReport }) {
  const total = report.matched.length + report.territoriesWithoutFeature.length;
  return (
    <section aria-label="How the map matches the territories" data-testid="map-report" className="space-y-1 rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
      <p className="font-medium">
        {report.featureCount} features; {report.matched.length} of {total} territories match a feature.
      </p>
      <p data-testid="map-report-unmatched-territories">Territories without a feature: {list(report.territoriesWithoutFeature)}</p>
      <p data-testid="map-report-unmatched-features">Features that name no territory: {list(report.featuresWithoutTerritory)}</p>
      {report.skipped.length > 0 && (
        <p data-testid="map-report-skipped">
          Left out: {report.skipped.slice(0, 20).map((s) => `feature ${s.feature} (${s.reason})`).join("; ")}
          {report.skipped.length > 20 ? ` and ${report.skipped.length - 20} more` : ""}
        </p>
      )}
    </section>
  );
}
