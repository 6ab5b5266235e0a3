import type { DiffSegment } from "@/lib/drafts/diff";

/** A word diff: deletions struck through, insertions underlined, each also announced in words. */
export function DiffText({ segments }: { segments: DiffSegment[] }) {
  return (
    <p className="mt-1 leading-relaxed" data-testid="word-diff">
      {segments.map((s, i) =>
        s.kind === "same" ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === "removed" ? (
          <del key={i} className="bg-rose-100 text-rose-900 decoration-2 dark:bg-rose-950 dark:text-rose-200">
            <span className="sr-only">[deleted: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className="bg-sky-100 text-sky-900 underline decoration-2 underline-offset-2 dark:bg-sky-950 dark:text-sky-200">
            <span className="sr-only">[inserted: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
