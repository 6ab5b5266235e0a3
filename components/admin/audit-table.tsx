import Link from "next/link";
import { isRecordType, kindOf } from "@/lib/records";

type Entry = { id: string; entityType: string; entityId: string; action: string; title: string; version: number; createdAt: Date; user: { email: string } | null };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AuditTable({ entries }: { entries: Entry[] }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th className="py-1 pr-3">When (UTC)</th>
            <th className="py-1 pr-3">Who</th>
            <th className="py-1 pr-3">Did</th>
            <th className="py-1 pr-3">Record</th>
            <th className="py-1">Version</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 dark:border-slate-800">
              <td className="py-1 pr-3 whitespace-nowrap">
                <time dateTime={e.createdAt.toISOString()}>{timeFormat.format(e.createdAt)}</time>
              </td>
              <td className="py-1 pr-3">{e.user?.email ?? (e.action === "baseline" || e.action.startsWith("import") ? "seed or import" : "the shell, or a deleted account")}</td>
              <td className="py-1 pr-3">{e.action}</td>
              <td className="py-1 pr-3">
                {isRecordType(e.entityType) ? (
                  <>
                    <span className="text-slate-500">{kindOf(e.entityType).label.one}: </span>
                    <Link className="underline" href={`/admin/${e.entityType}/${encodeURIComponent(e.entityId)}/history`}>
                      {e.title || e.entityId}
                    </Link>
                  </>
                ) : (
                  <>
                    <span className="text-slate-500">{e.entityType === "dataset" ? "Dataset" : e.entityType === "users" ? "Account" : e.entityType === "maps" ? "Map" : e.entityType}: </span>
                    {e.title || e.entityId}
                  </>
                )}
              </td>
              <td className="py-1 tabular-nums">{e.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
