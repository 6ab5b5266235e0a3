"use client";
import { secondaryButtonClass } from "@/components/ui/field";
import type { FieldSpec } from "@/lib/admin/fields";
import { describeValue, sameValue } from "@/lib/admin/values";

type Props = {
  fields: FieldSpec[];
  theirs: { version: number; input: Record<string, unknown> };
  mine: Record<string, unknown>;
  onUseTheirs: (field: string) => void;
  onKeepMineOverTheirs: () => void;
  onDiscardMine: () => void;
};

/** Someone saved first: their values next to mine, field by field, to merge before saving again. */
export function ConflictPanel({ fields, theirs, mine, onUseTheirs, onKeepMineOverTheirs, onDiscardMine }: Props) {
  const differing = fields.filter((f) => !sameValue(theirs.input[f.name], mine[f.name]));
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950">
      <h2 id="conflict-title" className="font-semibold">
        Someone else saved this record (now version {theirs.version}) while you were editing
      </h2>
      <p className="mt-1">Nothing of yours was saved and nothing of theirs was overwritten. Merge below, then save again.</p>
      {differing.length === 0 ? (
        <p className="mt-2">Their version has the same values as your form.</p>
      ) : (
        <table className="mt-3 w-full table-fixed border-collapse text-left">
          <thead>
            <tr>
              <th className="w-1/5 border-b border-amber-300 py-1">Field</th>
              <th className="border-b border-amber-300 py-1">Theirs (saved)</th>
              <th className="border-b border-amber-300 py-1">Mine (this form)</th>
              <th className="w-28 border-b border-amber-300 py-1">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.name} className="align-top">
                <th scope="row" className="py-1 pr-2 font-medium">
                  {f.label}
                </th>
                <td className="whitespace-pre-wrap break-words py-1 pr-2">{describeValue(theirs.input[f.name])}</td>
                <td className="whitespace-pre-wrap break-words py-1 pr-2">{describeValue(mine[f.name])}</td>
                <td className="py-1">
                  <button type="button" className={secondaryButtonClass} onClick={() => onUseTheirs(f.name)}>
                    Use theirs
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} onClick={onKeepMineOverTheirs}>
          Continue with my form (base it on version {theirs.version})
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onDiscardMine}>
          Discard mine and load theirs
        </button>
      </div>
    </section>
  );
}
