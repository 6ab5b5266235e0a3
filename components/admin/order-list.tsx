"use client";
// A reorderable list (cards in a briefing, points in a draft): drag with the mouse, or focus a
// handle and use Space then the arrow keys (dnd-kit's keyboard sensor), or the up/down buttons.
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import type { Option } from "@/lib/records/fields";

type Props = { id: string; label: string; options: Option[]; value: string[]; onChange: (v: string[]) => void; addable?: boolean };

export function OrderList({ id, label, options, value, onChange, addable }: Props) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const labelOf = new Map(options.map((o) => [o.id, o.label]));
  const [toAdd, setToAdd] = useState("");
  const move = (from: number, to: number) => to >= 0 && to < value.length && onChange(arrayMove(value, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(value.indexOf(String(active.id)), value.indexOf(String(over.id)));
  };
  return (
    <div id={id} className="space-y-2">
      {value.length === 0 ? (
        <p className="text-sm text-slate-500">None yet.</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: "To reorder, press Space, move with the arrow keys, and press Space again to drop, or Escape to cancel." },
          }}
        >
          <SortableContext items={value} strategy={verticalListSortingStrategy}>
            <ol aria-label={label} className="space-y-1">
              {value.map((item, index) => (
                <SortableRow
                  key={item}
                  id={item}
                  index={index}
                  label={labelOf.get(item) ?? item}
                  last={index === value.length - 1}
                  onMove={(to) => move(index, to)}
                  onRemove={addable ? () => onChange(value.filter((v) => v !== item)) : undefined}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {addable && (
        <div className="flex gap-2">
          <select aria-label={`Add to ${label.toLowerCase()}`} className={inputClass} value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
            <option value="">Add…</option>
            {options
              .filter((o) => !value.includes(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="rounded border border-slate-300 px-2 text-sm dark:border-slate-600"
            disabled={!toAdd}
            onClick={() => {
              onChange([...value, toAdd]);
              setToAdd("");
            }}
          >
            Add
          </button>
        </div>
      )}
    </div>
  );
}

function SortableRow(props: { id: string; index: number; label: string; last: boolean; onMove: (to: number) => void; onRemove?: () => void }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: props.id });
  const button = "rounded px-1.5 text-xs text-slate-600 hover:bg-slate-200 disabled:opacity-30 dark:text-slate-300 dark:hover:bg-slate-700";
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-2 rounded border border-slate-200 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900 ${isDragging ? "shadow-lg" : ""}`}
    >
      <button type="button" className={`${button} cursor-grab`} aria-label={`Drag ${props.label}`} {...attributes} {...listeners}>
        ⠿
      </button>
      <span className="w-6 text-right tabular-nums text-slate-500">{props.index + 1}.</span>
      <span className="min-w-0 flex-1 truncate">{props.label}</span>
      <button type="button" className={button} aria-label={`Move ${props.label} up`} disabled={props.index === 0} onClick={() => props.onMove(props.index - 1)}>
        ↑
      </button>
      <button type="button" className={button} aria-label={`Move ${props.label} down`} disabled={props.last} onClick={() => props.onMove(props.index + 1)}>
        ↓
      </button>
      {props.onRemove && (
        <button type="button" className={button} aria-label={`Remove ${props.label}`} onClick={props.onRemove}>
          ✕
        </button>
      )}
    </li>
  );
}
