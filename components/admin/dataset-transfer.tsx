"use client";
// Export the dataset as JSON; import one back after a dry run that shows what would change.
import { useState } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { ApiError, sendJson } from "@/lib/http/client";

type Report = { table: string; added: number; changed: number; removed: number; unchanged: number }[];
type Answer = { applied: boolean; report: Report };

/** `negotiations`: one positions CSV per negotiation (slug and title). */
export function DatasetTransfer({ negotiations }: { negotiations: { slug: string; title: string }[] }) {
  const [data, setData] = useState<unknown>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"dry" | "apply" | null>(null);

  const run = async (dryRun: boolean) => {
    setBusy(dryRun ? "dry" : "apply");
    setError(null);
    try {
      setAnswer(await sendJson<Answer>("POST", `/api/admin/import?dryRun=${dryRun}`, data));
    } catch (e) {
      setAnswer(null);
      setError(e instanceof ApiError ? [e.message, ...Object.entries(e.fields ?? {}).map(([k, m]) => `${k}: ${m.join("; ")}`)].join("\n") : "The server could not be reached");
    } finally {
      setBusy(null);
    }
  };

  const changes = answer?.report.filter((r) => r.added || r.changed || r.removed) ?? [];
  return (
    <div className="space-y-6">
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Export</h2>
        <p className="text-sm">Every briefing, card, actor, issue, position, draft, alignment, reaction, territory, claim, source and metric, as one JSON file. Accounts and history are not included.</p>
        <a href="/api/admin/export" className={secondaryButtonClass} download>
          Download the dataset (JSON)
        </a>
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Import</h2>
        <p className="text-sm">Importing replaces all content with the file&apos;s, in one step: if anything in the file is wrong, nothing changes. Check the dry run first.</p>
        <label className="block text-sm">
          <span className="font-semibold">Dataset file</span>
          <input
            type="file"
            accept="application/json,.json"
            className="mt-1 block text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setAnswer(null);
              setError(null);
              if (!file) return;
              setFileName(file.name);
              try {
                setData(JSON.parse(await file.text()));
              } catch {
                setData(null);
                setError(`${file.name} is not valid JSON`);
              }
            }}
          />
        </label>
        <div className="flex gap-2">
          <button type="button" className={secondaryButtonClass} disabled={!data || busy !== null} onClick={() => run(true)}>
            {busy === "dry" ? "Checking…" : "Dry run: what would change?"}
          </button>
          <button
            type="button"
            className={primaryButtonClass}
            disabled={!data || !answer || answer.applied || busy !== null}
            onClick={() => window.confirm(`Replace all content with ${fileName}?`) && run(false)}
          >
            {busy === "apply" ? "Importing…" : "Import"}
          </button>
        </div>
        {error && (
          <pre role="alert" className="whitespace-pre-wrap rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
            {error}
          </pre>
        )}
        {answer && (
          <div role="status" className="space-y-2">
            <p className="font-semibold">{answer.applied ? "Imported. The dashboard shows the new content within 30 seconds." : changes.length ? "The import would change:" : "The file holds exactly the current content: nothing would change."}</p>
            {changes.length > 0 && (
              <table className="text-left text-sm">
                <thead>
                  <tr>
                    <th className="pr-4">Table</th>
                    <th className="pr-4">Added</th>
                    <th className="pr-4">Changed</th>
                    <th className="pr-4">Removed</th>
                    <th>Unchanged</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((r) => (
                    <tr key={r.table}>
                      <td className="pr-4">{r.table}</td>
                      <td className="pr-4 tabular-nums">{r.added}</td>
                      <td className="pr-4 tabular-nums">{r.changed}</td>
                      <td className="pr-4 tabular-nums">{r.removed}</td>
                      <td className="tabular-nums">{r.unchanged}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">CSV</h2>
        <p className="text-sm">
          Positions:{" "}
          {negotiations.map((n, i) => (
            <span key={n.slug}>
              {i > 0 && ", "}
              <a className="underline" href={`/api/positions/csv?negotiation=${encodeURIComponent(n.slug)}`}>
                {n.title}
              </a>
            </span>
          ))}
          . Draft comparisons: the CSV link on each comparison view.
        </p>
      </section>
    </div>
  );
}
