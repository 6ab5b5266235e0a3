/** Marks an editor's preview of content analysts cannot see yet. */
export function PreviewBanner({ status }: { status?: string }) {
  const what = status === undefined ? "this view" : status === "published" ? "this published record" : `this record (a ${status.replace("_", " ")})`;
  return (
    <p role="note" data-preview="" className="no-print rounded border-2 border-dashed border-amber-500 bg-amber-50 p-2 text-sm font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      Preview: {what} shows unpublished content too, as analysts will see it once published.
    </p>
  );
}
