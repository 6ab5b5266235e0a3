"use client";
import { useState } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { resolve, type Merge } from "@/lib/admin/merge";
import { describeValue } from "@/lib/admin/values";
import type { FieldSpec } from "@/lib/records/forms";

type Values = Record<string, unknown>;
type Props = {
  fields: FieldSpec[];
  merge: Merge;
  base: Values | null;
  theirs: { version: number; input: Values };
  mine: Values;
  saving: boolean;
  onSave: (values: Values) => void;
  onDiscardMine: () => void;
};

/**
 * Someone saved first and both changed the same fields: the version both started from, theirs
 * and mine side by side for each such field; the editor picks one per field. Fields only one
 * side changed are already merged (listed, not asked).
 */
export function ConflictPanel({ fields, merge, base, theirs, mine, saving, onSave, onDiscardMine }: Props) {
  const [choices, setChoices] = useState<Record<string, "theirs" | "mine">>({});
  const label = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const open = merge.conflicts.filter((f) => !choices[f]);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950">
      <h2 id="conflict-title" className="font-semibold">
        Someone else saved this record (now version {theirs.version}) while you were editing
      </h2>
      <p className="mt-1">
        Nothing of yours was saved and nothing of theirs was overwritten.
        {merge.fromTheirs.length > 0 && <> Their changes to {merge.fromTheirs.map(label).join(", ")} are taken in.</>}
        {merge.fromMine.length > 0 && <> Your changes to {merge.fromMine.map(label).join(", ")} are kept.</>} You both changed{" "}
        {merge.conflicts.map(label).join(", ")}: choose which to keep.
      </p>
      <table className="mt-3 w-full table-fixed border-collapse text-left" aria-label="Fields you both changed">
        <thead>
          <tr>
            <th className="w-1/6 border-b border-amber-300 py-1">Field</th>
            <th className="border-b border-amber-300 py-1">Before both of you {base ? "" : "(not kept)"}</th>
            <th className="border-b border-amber-300 py-1">Theirs (saved)</th>
            <th className="border-b border-amber-300 py-1">Mine (this form)</th>
          </tr>
        </thead>
        <tbody>
          {merge.conflicts.map((name) => (
            <tr key={name} className="align-top">
              <th scope="row" className="py-1 pr-2 font-medium">
                {label(name)}
              </th>
              <td className="whitespace-pre-wrap break-words py-1 pr-2 text-slate-600 dark:text-slate-400">{base ? describeValue(base[name]) : "—"}</td>
              {(["theirs", "mine"] as const).map((side) => (
                <td key={side} className="py-1 pr-2">
                  <label className="flex items-start gap-2">
                    <input
                      type="radio"
                      name={`conflict-${name}`}
                      className="mt-1"
                      checked={choices[name] === side}
                      onChange={() => setChoices((c) => ({ ...c, [name]: side }))}
                      aria-label={`Keep ${side} for ${label(name)}`}
                    />
                    <span className="whitespace-pre-wrap break-words">{describeValue(side === "theirs" ? theirs.input[name] : mine[name])}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="button" className={primaryButtonClass} disabled={open.length > 0 || saving} onClick={() => onSave(resolve(merge, theirs.input, mine, choices))}>
          {saving ? "Saving…" : "Save the merged version"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onDiscardMine}>
          Discard mine and load theirs
        </button>
        {open.length > 0 && <span>Choose for: {open.map(label).join(", ")}</span>}
      </div>
    </section>
  );
}
