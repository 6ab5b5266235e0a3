"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-6 dark:border-rose-800 dark:bg-rose-950">
      <h1 className="text-lg font-semibold">This view could not be loaded</h1>
      <p className="mt-1 text-sm">The database may be unavailable. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-3 rounded border border-rose-400 px-3 py-1 text-sm hover:bg-rose-100 dark:hover:bg-rose-900">
        Try again
      </button>
    </section>
  );
}
