"use client";
import { useState } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import type { Option, Options } from "@/lib/records/fields";
import type { FieldSpec } from "@/lib/records/forms";
import { CitationsField } from "./citations-field";
import { OrderList } from "./order-list";

const fieldId = (name: string) => `field-${name}`;

/** One form control as its FieldSpec describes it, wired to the surrounding react-hook-form. */
export function FormField({ field, options, onSourceCreated }: { field: FieldSpec; options: Options; onSourceCreated: (source: Option) => void }) {
  const { register, control, formState, watch } = useFormContext();
  const id = fieldId(field.name);
  const error = formState.errors[field.name]?.message as string | undefined;
  const described = [error ? `${id}-error` : null, field.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": described, "aria-required": field.required || undefined };
  const nullable = (v: unknown) => (v === "" ? null : v);

  let control_: React.ReactNode;
  switch (field.kind) {
    case "text":
    case "url":
      control_ = <input type={field.kind === "url" ? "url" : "text"} className={inputClass} {...common} {...register(field.name, { setValueAs: (v) => (field.required ? v : nullable(v)) })} />;
      break;
    case "date":
      control_ = <input type="date" className={inputClass} {...common} {...register(field.name, { setValueAs: nullable })} />;
      break;
    case "number":
      control_ = (
        <input
          type="number"
          step={field.step ?? "any"}
          className={inputClass}
          {...common}
          {...register(field.name, { setValueAs: (v) => (v === "" || v === null ? (field.nullable ? null : undefined) : Number(v)) })}
        />
      );
      break;
    case "checkbox":
      return (
        <label htmlFor={id} className="mt-5 flex items-center gap-2 text-sm">
          <input type="checkbox" id={id} className="h-4 w-4" {...register(field.name)} />
          {field.label}
        </label>
      );
    case "textarea":
      control_ = <textarea rows={4} className={inputClass} {...common} {...register(field.name, { setValueAs: (v) => (field.required ? v : nullable(v)) })} />;
      break;
    case "markdown":
      control_ = <MarkdownInput name={field.name} common={common} />;
      break;
    case "select": {
      const numeric = typeof field.values[0] === "number";
      control_ = (
        <select className={inputClass} {...common} {...register(field.name, { setValueAs: (v) => (v === "" ? null : numeric ? Number(v) : v) })}>
          {(field.nullable || !field.required) && <option value="">—</option>}
          {field.values.map((v) => (
            <option key={v} value={v}>
              {field.labels?.[String(v)] ?? v}
            </option>
          ))}
        </select>
      );
      break;
    }
    case "ref": {
      const group = field.groupBy ? (watch(field.groupBy) as string | null) : undefined;
      const list = options[field.options].filter((o) => group === undefined || o.group === group);
      const chosen = list.find((o) => o.id === watch(field.name));
      control_ = (
        <>
          <select className={inputClass} {...common} {...register(field.name, { setValueAs: (v) => (v === "" ? null : v) })}>
            <option value="">{field.groupBy && !group ? "— pick the draft first —" : "—"}</option>
            {list.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {/* The picked point's wording, so two drafts' points can be compared side by side. */}
          {chosen?.detail && <p className="max-h-40 overflow-auto rounded bg-slate-100 p-2 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200">{chosen.detail}</p>}
        </>
      );
      break;
    }
    case "refs":
      control_ = (
        <Controller
          control={control}
          name={field.name}
          render={({ field: f }) => <MultiPicker id={id} options={options[field.options]} value={(f.value as string[]) ?? []} onChange={f.onChange} />}
        />
      );
      break;
    case "names":
      // One line per language, "en: Northern Region"; a line without a colon names no language (the schema says so).
      control_ = (
        <Controller
          control={control}
          name={field.name}
          render={({ field: f }) => (
            <textarea
              rows={3}
              className={inputClass}
              {...common}
              defaultValue={Object.entries((f.value as Record<string, string>) ?? {})
                .map(([code, name]) => `${code}: ${name}`)
                .join("\n")}
              onBlur={f.onBlur}
              onChange={(e) => f.onChange(namesFromLines(e.target.value))}
            />
          )}
        />
      );
      break;
    case "tags":
      control_ = (
        <Controller
          control={control}
          name={field.name}
          render={({ field: f }) => (
            <input
              type="text"
              className={inputClass}
              {...common}
              defaultValue={((f.value as string[]) ?? []).join(", ")}
              onBlur={f.onBlur}
              onChange={(e) =>
                f.onChange(
                  e.target.value
                    .split(",")
                    .map((t) => t.trim())
                    .filter(Boolean),
                )
              }
            />
          )}
        />
      );
      break;
    case "order":
      control_ = (
        <Controller
          control={control}
          name={field.name}
          render={({ field: f }) => (
            <OrderList id={id} label={field.label} options={options[field.options]} value={(f.value as string[]) ?? []} onChange={f.onChange} addable={field.addable} />
          )}
        />
      );
      break;
    case "citations":
      control_ = <CitationsField id={id} sources={options.sources} onSourceCreated={onSourceCreated} />;
      break;
  }
  return (
    <Field label={field.label} htmlFor={id} error={error} required={field.required} hint={field.hint}>
      {control_}
    </Field>
  );
}

/** Markdown with a live preview next to it (sanitised exactly as readers will see it). */
function MarkdownInput({ name, common }: { name: string; common: Record<string, unknown> }) {
  const { register, watch } = useFormContext();
  const value = (watch(name) as string | undefined) ?? "";
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <textarea rows={10} className={`${inputClass} font-mono`} {...common} {...register(name)} />
      <div aria-label="Preview" role="region" className="min-h-24 overflow-auto rounded border border-dashed border-slate-300 p-2 dark:border-slate-700">
        {value.trim() ? <Markdown>{value}</Markdown> : <p className="text-sm text-slate-500">The preview appears here.</p>}
      </div>
    </div>
  );
}

/** A filterable checklist for choosing several records. */
function MultiPicker({ id, options, value, onChange }: { id: string; options: Option[]; value: string[]; onChange: (v: string[]) => void }) {
  const [filter, setFilter] = useState("");
  const chosen = new Set(value);
  const shown = options.filter((o) => chosen.has(o.id) || o.label.toLowerCase().includes(filter.toLowerCase()));
  return (
    <div id={id} className="rounded border border-slate-300 dark:border-slate-600">
      <input
        type="search"
        aria-label="Filter the list"
        placeholder={`Filter (${value.length} chosen)`}
        className="w-full border-b border-slate-200 bg-transparent px-2 py-1 text-sm dark:border-slate-700"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="max-h-48 overflow-auto p-1 text-sm">
        {shown.map((o) => (
          <li key={o.id}>
            <label className="flex items-start gap-2 rounded px-1 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800">
              <input
                type="checkbox"
                className="mt-1"
                checked={chosen.has(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((v) => v !== o.id))}
              />
              <span>{o.label}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="px-1 py-0.5 text-slate-500">Nothing matches.</li>}
      </ul>
    </div>
  );
}

/** "en: Northern Region\nfr: Région du Nord" → { en: "Northern Region", fr: "Région du Nord" }. */
export function namesFromLines(text: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const colon = line.indexOf(":");
    if (colon < 0) names[line.trim()] = "";
    else names[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return names;
}
