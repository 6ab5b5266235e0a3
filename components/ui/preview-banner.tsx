/** Marks an editor's preview of content analysts cannot see yet. */
export function PreviewBanner({ status }: { status: string }) {
  return (
    <p role="note" className="no-print rounded border-2 border-dashed border-amber-500 bg-amber-50 p-2 text-sm font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      Preview: this is {status === "published" ? "published" : `a ${status.replace("_", " ")}`} and shows unpublished content, as analysts will see it once published.
    </p>
  );
}
