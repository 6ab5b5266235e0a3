import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MinorToggle } from "@/components/admin/minor-toggle";
import { RestoreButton } from "@/components/admin/restore-button";
import { DiffText } from "@/components/drafts/diff-text";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/states";
import { getRecord, listRevisions } from "@/lib/admin/service";
import { changedFields, describeValue } from "@/lib/admin/values";
import { db } from "@/lib/db";
import { wordDiff } from "@/lib/drafts/diff";
import { AppError } from "@/lib/http/errors";
import { isRecordType, kindOf } from "@/lib/records";

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export const metadata: Metadata = { title: "History · Admin" };
const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function History({ params, searchParams }: Props) {
  const { type, id: rawId } = await params;
  if (!isRecordType(type)) notFound();
  const kind = kindOf(type);
  const id = decodeURIComponent(rawId);
  const [revisions, current] = await Promise.all([
    listRevisions(db, type, id),
    getRecord(db, type, id).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) return null;
      throw error;
    }),
  ]);
  if (revisions.length === 0 && !current) notFound();

  // Compare any two revisions (?a=older&b=newer); by default the latest against the one before.
  const { a, b } = await searchParams;
  const newer = revisions.find((r) => r.id === b) ?? revisions[0];
  const older = revisions.find((r) => r.id === a) ?? revisions[revisions.indexOf(newer) + 1];
  const labelOf = (name: string) => kind.fields[name]?.label ?? (name === "status" ? "Publication status" : name);
  const changes = newer && older ? changedFields(older.snapshot as Record<string, unknown>, newer.snapshot as Record<string, unknown>, Object.keys(kind.fields)) : [];
  const who = (r: (typeof revisions)[number]) => r.user?.email ?? (r.action === "baseline" || r.action === "import" ? "seed or import" : "(deleted account)");
  const option = (r: (typeof revisions)[number]) => `v${r.version} · ${r.action} · ${who(r)} · ${timeFormat.format(r.createdAt)}`;

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-500">
        <Link className="underline" href={`/admin/${type}/${encodeURIComponent(id)}`}>
          Back to the {kind.label.one.toLowerCase()}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">History of {current?.title ?? `${kind.label.one} ${id} (deleted)`}</h1>

      {revisions.length < 2 ? (
        <EmptyState title="Nothing to compare yet">Each save adds a revision; with two or more, their differences show here.</EmptyState>
      ) : (
        <section aria-labelledby="compare-title" className="space-y-3">
          <h2 id="compare-title" className="text-lg font-semibold">
            Compare revisions
          </h2>
          <form className="flex flex-wrap items-end gap-2" action="">
            <label className="flex flex-col text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">
              From
              <select name="a" defaultValue={older?.id} className={inputClass}>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {option(r)}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">
              To
              <select name="b" defaultValue={newer?.id} className={inputClass}>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {option(r)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={secondaryButtonClass}>
              Compare
            </button>
          </form>
          {changes.length === 0 ? (
            <p className="text-sm">These two revisions hold the same values.</p>
          ) : (
            <table className="w-full table-fixed text-left text-sm" aria-label="Changed fields">
              <thead className="border-b border-slate-300 dark:border-slate-700">
                <tr>
                  <th className="w-1/5 py-1">Field</th>
                  <th className="py-1">
                    v{older.version} → v{newer.version}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.field} className="border-b border-slate-100 align-top dark:border-slate-800">
                    <th scope="row" className="py-1 pr-2 font-medium">
                      {labelOf(c.field)}
                    </th>
                    <td className="whitespace-pre-wrap break-words py-1">
                      <DiffText segments={wordDiff(describeValue(c.before), describeValue(c.after))} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      <section aria-labelledby="revisions-title" className="space-y-2">
        <h2 id="revisions-title" className="text-lg font-semibold">
          Revisions
        </h2>
        <ol className="space-y-2">
          {revisions.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 p-2 text-sm dark:border-slate-800">
              <span className="font-medium">v{r.version}</span>
              <span>{r.action}</span>
              <span>{who(r)}</span>
              <time dateTime={r.createdAt.toISOString()}>{timeFormat.format(r.createdAt)} UTC</time>
              {r.minor && <span className="rounded bg-slate-200 px-1.5 text-xs font-semibold dark:bg-slate-800">minor: not in readers&apos; updates</span>}
              <span className="ml-auto flex flex-wrap gap-2">
                {current && /^(update|restore)/.test(r.action) && <MinorToggle type={type} id={id} revisionId={r.id} minor={r.minor} />}
                {current && r.version !== current.version && r.action !== "delete" && <RestoreButton type={type} id={id} version={current.version} revisionId={r.id} revisionVersion={r.version} />}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
