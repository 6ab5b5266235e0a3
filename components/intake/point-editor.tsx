"use client";
// The points the splitter found, for the editor to check before aligning: labels, titles and
// texts can be edited, a point merged with the next, or split where the cursor is.
import { useRef } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import type { SplitResult } from "@/lib/drafts/align/split";
import { titleFrom } from "@/lib/drafts/intake/review";

export type EditablePoint = { label: string; title: string; text: string };

const NUMBERING: Record<SplitResult["numbering"], string> = {
  numbers: "numbered points",
  roman: "points in Roman numerals",
  keyword: "points introduced by a word (Point, Article, Пункт…)",
  section: "sections (§)",
  paragraphs: "paragraphs",
};

/** A label not in use yet, next to `label` ("4" → "4b", "4c"…). */
function freeLabel(points: EditablePoint[], label: string): string {
  const used = new Set(points.map((p) => p.label));
  for (const suffix of "bcdefghijklmnopqrstuvwxyz") if (!used.has(`${label}${suffix}`)) return `${label}${suffix}`;
  return `${label}-${points.length + 1}`;
}

export function PointEditor({ split, points, onChange }: { split: SplitResult; points: EditablePoint[]; onChange: (points: EditablePoint[]) => void }) {
  const texts = useRef<(HTMLTextAreaElement | null)[]>([]);
  const duplicates = new Set(points.map((p) => p.label).filter((l, i, all) => all.indexOf(l) !== i));

  const update = (index: number, patch: Partial<EditablePoint>) => onChange(points.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const merge = (index: number) => {
    const [a, b] = [points[index], points[index + 1]];
    const text = `${a.text}\n${b.text}`;
    onChange([...points.slice(0, index), { ...a, text }, ...points.slice(index + 2)]);
  };
  const splitAt = (index: number) => {
    const p = points[index];
    const at = texts.current[index]?.selectionStart ?? 0;
    const [left, right] = [p.text.slice(0, at).trim(), p.text.slice(at).trim()];
    if (!left || !right) return;
    onChange([...points.slice(0, index), { ...p, text: left, title: titleFrom(left) }, { label: freeLabel(points, p.label), text: right, title: titleFrom(right) }, ...points.slice(index + 1)]);
  };

  return (
    <div className="space-y-3">
      <p role="status" className="text-sm">
        {points.length} points found, as {NUMBERING[split.numbering]}.
        {split.title && (
          <>
            {" "}
            Title: <q>{split.title}</q>.
          </>
        )}
        {split.preamble && " A preamble before the first point is kept apart (not a point)."}
      </p>
      {split.warnings.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
          {split.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {points.length < 2 && <p className="text-sm text-rose-800 dark:text-rose-300">A draft to align needs at least two points: check the numbering, or add the rest of the text.</p>}
      {duplicates.size > 0 && (
        <p role="alert" className="text-sm text-rose-800 dark:text-rose-300">
          Labels used twice: {[...duplicates].join(", ")}. Give every point its own label.
        </p>
      )}
      <ol className="space-y-2">
        {points.map((p, index) => (
          <li key={index} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[5rem_1fr] dark:border-slate-800" data-testid="intake-point">
            <input aria-label={`Label of point ${index + 1}`} className={inputClass} value={p.label} onChange={(e) => update(index, { label: e.target.value.trim() })} aria-invalid={duplicates.has(p.label) || undefined} />
            <div className="space-y-1">
              <input aria-label={`Title of point ${p.label}`} className={inputClass} value={p.title} maxLength={300} onChange={(e) => update(index, { title: e.target.value })} />
              <textarea
                aria-label={`Text of point ${p.label}`}
                ref={(el) => {
                  texts.current[index] = el;
                }}
                rows={Math.min(6, Math.max(2, Math.ceil(p.text.length / 110)))}
                className={`${inputClass} text-sm`}
                value={p.text}
                onChange={(e) => update(index, { text: e.target.value })}
              />
              <div className="flex gap-2">
                {index < points.length - 1 && (
                  <button type="button" className={`${secondaryButtonClass} text-xs`} onClick={() => merge(index)}>
                    Merge {p.label} with {points[index + 1].label}
                  </button>
                )}
                <button type="button" className={`${secondaryButtonClass} text-xs`} onClick={() => splitAt(index)} title="Put the cursor in the text where the second point begins">
                  Split {p.label} at the cursor
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
