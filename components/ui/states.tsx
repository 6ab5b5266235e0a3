import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700" role="status">
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-2 text-sm text-slate-600 dark:text-slate-300">{children}</div>}
    </div>
  );
}

export function ErrorState({ title, message, onRetry }: { title: string; message?: string; onRetry?: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
      <p className="font-semibold">{title}</p>
      {message && <p className="mt-1 text-sm">{message}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry} className="mt-2 rounded border border-current px-2 py-1 text-sm">
          Try again
        </button>
      )}
    </div>
  );
}

export function SkeletonList({ rows = 4, height = "h-40" }: { rows?: number; height?: string }) {
  return (
    <div aria-busy="true" aria-label="Loading" className="space-y-3">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={`${height} animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800`} />
      ))}
    </div>
  );
}

/** Problems found in the URL's filters, which were ignored. */
export function FilterProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      Some filters in this link were invalid and were ignored: {problems.join("; ")}.
    </div>
  );
}

/** The first paint of a panel page while its data loads (the route's loading.tsx). */
export function PageSkeleton({ title }: { title: string }) {
  return (
    <div aria-busy="true">
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{title}</h1>
      <SkeletonList rows={3} height="h-48" />
    </div>
  );
}
