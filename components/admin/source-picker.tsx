"use client";
// Picks one source by typing any part of its outlet, title or grading: a form cites from
// hundreds of sources, too many to scroll through in a select.
import { Combobox, ComboboxButton, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import type { Option } from "@/lib/records/fields";

/** Shown at most, so a short query does not render every source. */
const SHOWN = 50;

/** Every word of the query appears in the label, in any order, ignoring case and accents. */
export function matchesQuery(label: string, query: string): boolean {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const text = fold(label);
  return fold(query).split(/\s+/).filter(Boolean).every((word) => text.includes(word));
}

type Props = { label: string; sources: Option[]; value: string; onChange: (id: string) => void; onBlur?: () => void };

export function SourcePicker({ label, sources, value, onChange, onBlur }: Props) {
  const [query, setQuery] = useState("");
  const matching = query ? sources.filter((s) => matchesQuery(s.label, query)) : sources;
  const selected = sources.find((s) => s.id === value) ?? null;
  return (
    <Combobox value={selected} onChange={(s: Option | null) => onChange(s?.id ?? "")} onClose={() => setQuery("")} immediate>
      <div className="relative">
        <ComboboxInput
          aria-label={label}
          placeholder="Type to search the sources…"
          className={`${inputClass} w-full pr-8`}
          displayValue={(s: Option | null) => s?.label ?? ""}
          onChange={(event) => setQuery(event.target.value)}
          onBlur={onBlur}
        />
        <ComboboxButton aria-label={`Show all sources for ${label.toLowerCase()}`} className="absolute inset-y-0 right-0 px-2 text-slate-600 dark:text-slate-300">
          ▾
        </ComboboxButton>
      </div>
      <ComboboxOptions
        anchor="bottom start"
        className="z-50 max-h-72 w-[var(--input-width)] overflow-auto rounded border border-slate-300 bg-white py-1 text-sm shadow-lg empty:invisible dark:border-slate-600 dark:bg-slate-900"
      >
        {matching.length === 0 && <div className="px-3 py-2 text-slate-600 dark:text-slate-300">No source matches “{query}”. Add it with “New source…”.</div>}
        {matching.slice(0, SHOWN).map((s) => (
          <ComboboxOption key={s.id} value={s} className="cursor-pointer px-3 py-1.5 data-[focus]:bg-indigo-100 data-[selected]:font-semibold dark:data-[focus]:bg-indigo-900">
            {s.label}
          </ComboboxOption>
        ))}
        {matching.length > SHOWN && <div className="px-3 py-2 text-xs text-slate-600 dark:text-slate-300">{matching.length - SHOWN} more: type more of the name to narrow the list.</div>}
      </ComboboxOptions>
    </Combobox>
  );
}
