import Link from "next/link";
import { ENTITY_LABELS, isEntityType } from "@/lib/admin/entity-types";

type Entry = { id: string; entityType: string; entityId: string; action: string; version: number; createdAt: Date; user: { email: string } | null };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AuditTable({ entries }: { entries: Entry[] }) {
  return (
    <div className="overflow-x-auto">
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
              <td className="py-1 pr-3">{e.user?.email ?? "(deleted account)"}</td>
              <td className="py-1 pr-3">{e.action}</td>
              <td className="py-1 pr-3">
                {isEntityType(e.entityType) ? (
                  <Link className="underline" href={`/admin/${e.entityType}/${encodeURIComponent(e.entityId)}/history`}>
                    {ENTITY_LABELS[e.entityType].one} {e.entityId}
                  </Link>
                ) : (
                  `${e.entityType} ${e.entityId}`
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
