"use client";

export function Pager({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  if (pageCount <= 1) return null;
  const button = "rounded border border-slate-300 px-3 py-1 text-sm disabled:opacity-40 dark:border-slate-600";
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between">
      <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← Previous
      </button>
      <span className="text-sm text-slate-600 dark:text-slate-300">
        Page {page} of {pageCount}
      </span>
      <button type="button" className={button} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next →
      </button>
    </nav>
  );
}
