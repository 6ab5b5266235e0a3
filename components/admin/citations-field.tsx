"use client";
// The sources a record cites, in order, with where in each source; a source that is not in
// Parley yet can be added inline (with its Admiralty grading) without leaving the form.
import { useState } from "react";
import { Controller, useFieldArray, useFormContext } from "react-hook-form";
import { SourcePicker } from "./source-picker";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from "@/lib/domain/enums";
import type { Option } from "@/lib/records/fields";
import { sources as sourceKind } from "@/lib/records/kinds/sources";
import { ApiError, sendJson } from "@/lib/http/client";

export function CitationsField({ id, sources, onSourceCreated }: { id: string; sources: Option[]; onSourceCreated: (source: Option) => void }) {
  const { control, register } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name: "citations" });
  const [adding, setAdding] = useState(false);
  return (
    <div id={id} className="space-y-2">
      {fields.length === 0 && <p className="text-sm text-slate-500">No sources yet: every claim should cite at least one.</p>}
      <ol className="space-y-2">
        {fields.map((f, index) => (
          <li key={f.id} className="grid gap-2 sm:grid-cols-[1fr_14rem_auto]">
            <Controller
              control={control}
              name={`citations.${index}.sourceId`}
              render={({ field }) => <SourcePicker label={`Source ${index + 1}`} sources={sources} value={String(field.value ?? "")} onChange={field.onChange} onBlur={field.onBlur} />}
            />
            <input aria-label={`Where in source ${index + 1}`} placeholder="page, paragraph or quote" className={inputClass} {...register(`citations.${index}.locator`)} />
            <span className="flex gap-1">
              <button type="button" className={secondaryButtonClass} aria-label={`Move source ${index + 1} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                ↑
              </button>
              <button type="button" className={secondaryButtonClass} aria-label={`Remove source ${index + 1}`} onClick={() => remove(index)}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} onClick={() => append({ sourceId: "", locator: null })}>
          Cite a source
        </button>
        <button type="button" className={secondaryButtonClass} aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
          New source…
        </button>
      </div>
      {adding && (
        <NewSource
          onCreated={(source) => {
            onSourceCreated(source);
            append({ sourceId: source.id, locator: null });
            setAdding(false);
          }}
        />
      )}
    </div>
  );
}

/** A small form of its own (not nested in the record's form element: forms cannot nest). */
function NewSource({ onCreated }: { onCreated: (source: Option) => void }) {
  const [values, setValues] = useState({ title: "", outlet: "", url: "", publishedAt: "", reliability: "C", credibility: "3" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = async () => {
    const input = { ...values, credibility: Number(values.credibility), dateApprox: false, note: null };
    const parsed = sourceKind.schema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setBusy(true);
    try {
      const created = await sendJson<{ id: string; title: string }>("POST", "/api/admin/sources", input);
      onCreated({ id: created.id, label: `${values.outlet}: ${values.title} [${values.reliability}${values.credibility}]` });
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields ? Object.fromEntries(Object.entries(error.fields).map(([k, m]) => [k, m.join("; ")])) : { title: "Could not save the source" });
    } finally {
      setBusy(false);
    }
  };
  const input = (key: keyof typeof values, label: string, type = "text") => (
    <label className="flex flex-col gap-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
      {label}
      <input type={type} className={inputClass} value={values[key]} onChange={set(key)} aria-invalid={errors[key] ? true : undefined} />
      {errors[key] && <span className="normal-case text-rose-700 dark:text-rose-300">{errors[key]}</span>}
    </label>
  );
  return (
    <fieldset className="grid gap-2 rounded border border-slate-300 p-3 sm:grid-cols-2 dark:border-slate-600">
      <legend className="px-1 text-sm font-semibold">New source</legend>
      {input("title", "Title")}
      {input("outlet", "Outlet")}
      {input("url", "URL", "url")}
      {input("publishedAt", "Published on", "date")}
      <label className="flex flex-col gap-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Reliability (A–F)
        <select className={inputClass} value={values.reliability} onChange={set("reliability")}>
          {RELIABILITY_GRADES.map((g) => (
            <option key={g}>{g}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Credibility (1–6)
        <select className={inputClass} value={values.credibility} onChange={set("credibility")}>
          {CREDIBILITY_GRADES.map((g) => (
            <option key={g}>{g}</option>
          ))}
        </select>
      </label>
      <div className="sm:col-span-2">
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={submit}>
          {busy ? "Adding…" : "Add and cite"}
        </button>
      </div>
    </fieldset>
  );
}
