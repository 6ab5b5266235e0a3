import type { ReactNode } from "react";

export function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="border-b border-slate-200 pb-1 text-lg font-semibold dark:border-slate-800">
        {title}
        {count !== undefined && <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">({count})</span>}
      </h2>
      {children}
    </section>
  );
}
