"use client";
// The proposed rows, side by side as the comparison view shows them, lowest confidence first.
// Each row is accepted or rejected (checkbox, or the keys A and R on a focused row; ↑/↓ or J/K
// move between rows) and can be re-targeted to another earlier point.
import { useRef, useState } from "react";
import { DiffText } from "@/components/drafts/diff-text";
import { RELATION_TONES } from "@/components/drafts/relation-tones";
import { Badge } from "@/components/ui/badge";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { RELATION_LABELS } from "@/lib/domain/labels";
import type { ReviewAlignment } from "@/lib/drafts/intake/align";
import { acceptAbove, diffReadable, flagWords, retarget, type ReviewRow } from "@/lib/drafts/intake/review";

type Props = { proposal: ReviewAlignment; rows: ReviewRow[]; onChange: (rows: ReviewRow[]) => void };

export function ReviewTable({ proposal, rows, onChange }: Props) {
  const [threshold, setThreshold] = useState("0.6");
  const refs = useRef<(HTMLLIElement | null)[]>([]);
  const textOf = (side: "base" | "candidate", label: string) => {
    const p = proposal[side].points.find((x) => x.label === label);
    return p?.text || p?.title || "";
  };
  const baseTitle = (label: string) => {
    const p = proposal.base.points.find((x) => x.label === label);
    return `${label}. ${(p?.title || p?.text || "").slice(0, 70)}`;
  };
  const setAccepted = (key: string, accepted: boolean) => onChange(rows.map((r) => (r.key === key ? { ...r, accepted } : r)));
  const onKey = (event: React.KeyboardEvent, index: number, row: ReviewRow) => {
    if (event.target !== event.currentTarget) return;
    const key = event.key.toLowerCase();
    if (key === "a" || key === "r") {
      event.preventDefault();
      setAccepted(row.key, key === "a");
    } else if (key === "arrowdown" || key === "j" || key === "arrowup" || key === "k") {
      event.preventDefault();
      refs.current[Math.max(0, Math.min(rows.length - 1, index + (key === "arrowdown" || key === "j" ? 1 : -1)))]?.focus();
    }
  };
  const accepted = rows.filter((r) => r.accepted).length;
  const parsed = Number(threshold);

  if (rows.length === 0) return <p role="status">Nothing to review: {proposal.warnings[0] ?? "no points on either side."}</p>;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <p role="status" aria-live="polite">
          {accepted} of {rows.length} rows accepted
        </p>
        <label className="flex items-center gap-2">
          Accept all at or above
          <input type="number" min={0} max={1} step={0.05} aria-label="Confidence to accept at" className={`${inputClass} w-20`} value={threshold} onChange={(e) => setThreshold(e.target.value)} />
        </label>
        <button type="button" className={secondaryButtonClass} disabled={!(parsed >= 0 && parsed <= 1)} onClick={() => onChange(acceptAbove(rows, parsed))}>
          Accept
        </button>
        <span className="text-xs text-slate-500">Keys on a row: A accept, R reject, ↑ ↓ move.</span>
      </div>
      <ol className="space-y-2" aria-label="Proposed rows, lowest confidence first">
        {rows.map((row, index) => (
          <li
            key={row.key}
            ref={(el) => {
              refs.current[index] = el;
            }}
            tabIndex={0}
            onKeyDown={(e) => onKey(e, index, row)}
            data-testid="review-row"
            data-relation={row.relation}
            data-accepted={row.accepted}
            data-confidence={row.confidence ?? undefined}
            aria-label={`${RELATION_LABELS[row.relation]}: ${row.base.join(", ") || "—"} → ${row.candidate.join(", ") || "—"}, ${row.accepted ? "accepted" : "rejected"}`}
            className={`rounded border p-3 outline-none focus:ring-2 focus:ring-indigo-500 ${row.accepted ? "border-slate-200 dark:border-slate-700" : "border-dashed border-slate-300 opacity-70 dark:border-slate-700"}`}
          >
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <label className="flex items-center gap-1 font-medium">
                <input type="checkbox" className="h-4 w-4" checked={row.accepted} onChange={(e) => setAccepted(row.key, e.target.checked)} />
                Accept
              </label>
              <Badge tone={RELATION_TONES[row.relation]}>{RELATION_LABELS[row.relation]}</Badge>
              {row.confidence !== null ? (
                <span className={row.confidence < 0.5 ? "font-semibold text-amber-800 dark:text-amber-300" : "text-slate-600 dark:text-slate-300"}>confidence {Math.round(row.confidence * 100)} %</span>
              ) : (
                <span className="text-slate-500">{row.reasons[0] === "set by the editor" ? "set by you" : "no counterpart found"}</span>
              )}
              {row.flags.map((f, i) => (
                <Badge key={i} tone="warn" title="A substantive change inside the point">
                  {flagWords(f)}
                </Badge>
              ))}
              {row.candidate.length > 0 && (
                <label className="ml-auto flex items-center gap-1">
                  <span className="text-slate-600 dark:text-slate-300">Earlier point</span>
                  <select
                    className={`${inputClass} max-w-xs`}
                    value={row.base.length === 1 ? row.base[0] : ""}
                    onChange={(e) => onChange(retarget(rows, row.key, e.target.value || null))}
                    aria-label={`Earlier point for ${row.candidate.join(", ")}`}
                  >
                    <option value="">{row.base.length > 1 ? `${row.base.join(" + ")} (merged)` : "— none: added —"}</option>
                    {proposal.base.points.map((p) => (
                      <option key={p.label} value={p.label}>
                        {baseTitle(p.label)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            <div className="mt-2 grid gap-3 text-sm md:grid-cols-2">
              <div>
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Earlier {row.base.join(", ") || "—"}</p>
                {row.base.map((b) => (
                  <p key={b} className="whitespace-pre-line">
                    {textOf("base", b)}
                  </p>
                ))}
                {row.base.length === 0 && <p className="text-slate-500">(no counterpart: added)</p>}
              </div>
              <div>
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">New {row.candidate.join(", ") || "—"}</p>
                {row.diff && row.diff.length > 0 && row.relation !== "unchanged" && diffReadable(row.diff) ? (
                  <DiffText segments={row.diff} />
                ) : (
                  row.candidate.map((c) => (
                    <p key={c} className="whitespace-pre-line">
                      {textOf("candidate", c)}
                    </p>
                  ))
                )}
                {row.candidate.length === 0 && <p className="text-slate-500">(no counterpart: dropped)</p>}
              </div>
            </div>
            {row.reasons.length > 0 && row.reasons[0] !== "set by the editor" && <p className="mt-1 text-xs text-slate-500">Why: {row.reasons.join("; ")}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
