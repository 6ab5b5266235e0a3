"use client";
import { useEffect, useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { ToggleChip } from "@/components/ui/toggle-chip";
import type { CardFilterOptions } from "@/lib/cards/queries";
import type { CardFilter } from "@/lib/cards/schema";
import { CARD_KINDS, type CardKind } from "@/lib/domain/enums";
import { CARD_KIND_LABELS } from "@/lib/domain/labels";

type Props = {
  filter: CardFilter;
  options: CardFilterOptions;
  onChange: (patch: Partial<CardFilter>) => void;
  onClear: () => void;
};

export function CardFilters({ filter, options, onChange, onClear }: Props) {
  // The search box updates the URL after a pause in typing, not on every key.
  const [q, setQ] = useState(filter.q ?? "");
  // When the URL's search changes from outside (back button, "clear"), the box follows it.
  const [urlQ, setUrlQ] = useState(filter.q);
  if (urlQ !== filter.q) {
    setUrlQ(filter.q);
    setQ(filter.q ?? "");
  }
  useEffect(() => {
    if (q === (filter.q ?? "")) return;
    const timer = setTimeout(() => onChange({ q: q || undefined }), 300);
    return () => clearTimeout(timer);
  }, [q, filter.q, onChange]);

  const toggleKind = (kind: CardKind) =>
    onChange({ kind: filter.kind.includes(kind) ? filter.kind.filter((k) => k !== kind) : [...filter.kind, kind] });

  return (
    <form role="search" aria-label="Filter cards" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      <Field label="Search titles and text" htmlFor="card-q">
        <input id="card-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} className={inputClass} placeholder="e.g. Donetsk" />
      </Field>
      <fieldset>
        <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Kind</legend>
        <div className="mt-1 flex flex-wrap gap-1">
          {CARD_KINDS.map((kind) => (
            <ToggleChip key={kind} on={filter.kind.includes(kind)} onToggle={() => toggleKind(kind)}>
              {CARD_KIND_LABELS[kind]}
            </ToggleChip>
          ))}
        </div>
      </fieldset>
      <Field label="Actor" htmlFor="card-actor">
        <select id="card-actor" className={inputClass} value={filter.actor ?? ""} onChange={(e) => onChange({ actor: e.target.value || undefined })}>
          <option value="">All actors</option>
          {options.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Issue" htmlFor="card-issue">
        <select id="card-issue" className={inputClass} value={filter.issue ?? ""} onChange={(e) => onChange({ issue: e.target.value || undefined })}>
          <option value="">All issues</option>
          {options.issues.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Territory" htmlFor="card-territory">
        <select
          id="card-territory"
          className={inputClass}
          value={filter.territory ?? ""}
          onChange={(e) => onChange({ territory: e.target.value || undefined })}
        >
          <option value="">All territories</option>
          {options.territories.map((t) => (
            <option key={t.code} value={t.code}>
              {t.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Tag" htmlFor="card-tag">
        <select id="card-tag" className={inputClass} value={filter.tag ?? ""} onChange={(e) => onChange({ tag: e.target.value || undefined })}>
          <option value="">All tags</option>
          {options.tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field label="From" htmlFor="card-from">
          <input id="card-from" type="date" className={inputClass} value={filter.from ?? ""} onChange={(e) => onChange({ from: e.target.value || undefined })} />
        </Field>
        <Field label="To" htmlFor="card-to">
          <input id="card-to" type="date" className={inputClass} value={filter.to ?? ""} onChange={(e) => onChange({ to: e.target.value || undefined })} />
        </Field>
      </div>
      <button type="button" onClick={onClear} className="text-sm text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
        Clear all filters
      </button>
    </form>
  );
}
