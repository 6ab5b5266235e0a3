"use client";
// The reader's change markers: a small mark on each matrix cell, map region and comparison row
// that changed since they last read, a legend saying since when, and a toggle kept in the URL.
// Opening a marked cell, region or row counts as reading it: the mark goes at once, and the
// read marks are sent to the server in batches.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { useNegotiationSlug } from "@/components/negotiations/negotiation-context";
import { formatDate } from "@/lib/format";
import { useUrlFilter } from "@/lib/hooks/use-url-filter";
import { getJson } from "@/lib/http/client";
import { changeMarkersSchema, DEFAULT_CHANGE_MARKERS, type MarkerItem, type Markers } from "@/lib/updates/markers";
import type { MARKED_VIEWS } from "@/lib/updates/schema";

type MarkedView = (typeof MARKED_VIEWS)[number];

const FLUSH_MS = 3_000;
const queue = new Map<string, { type: string; id: string }>();
let timer: ReturnType<typeof setTimeout> | null = null;

function flush() {
  timer = null;
  const records = [...queue.values()].slice(0, 200);
  for (const r of records) queue.delete(`${r.type} ${r.id}`);
  if (!records.length) return;
  void fetch("/api/read-marks", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ records }), keepalive: true }).catch(() => undefined);
  if (queue.size) timer = setTimeout(flush, FLUSH_MS);
}

if (typeof window !== "undefined") window.addEventListener("pagehide", flush);

/** Notes that the reader opened these records; sent with the next batch. */
export function sendReadMarks(records: { type: string; id: string }[]) {
  for (const r of records) queue.set(`${r.type} ${r.id}`, r);
  if (!timer) timer = setTimeout(flush, FLUSH_MS);
}

export function useChangeMarkers(view: MarkedView) {
  const viewer = useViewer();
  const negotiation = useNegotiationSlug();
  const [setting, setSetting] = useUrlFilter(changeMarkersSchema, DEFAULT_CHANGE_MARKERS);
  const client = useQueryClient();
  const key = ["change-markers", negotiation, view];
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getJson<Markers>("/api/updates/markers", { negotiation, view }, signal),
    enabled: !!viewer && !!negotiation,
    staleTime: 30_000,
  });
  const visible = setting.changes !== "off";
  const items = visible ? (query.data?.items ?? []) : [];
  /** The reader opened what these items are about: they are read. */
  const markRead = useCallback(
    (read: MarkerItem[]) => {
      if (!read.length) return;
      sendReadMarks(read.map((i) => ({ type: i.type, id: i.id })));
      const gone = new Set(read.map((i) => `${i.type} ${i.id}`));
      client.setQueryData<Markers>(key, (old) => old && { ...old, items: old.items.filter((i) => !gone.has(`${i.type} ${i.id}`)) });
      // Header count and updates page follow.
      void client.invalidateQueries({ queryKey: ["updates-count"] });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key is derived from negotiation and view
    [client, negotiation, view],
  );
  return { items, visible, since: query.data?.since ?? null, lastViewed: query.data?.lastViewed ?? null, total: query.data?.items.length ?? 0, setVisible: (on: boolean) => setSetting({ changes: on ? undefined : "off" }), markRead, signedIn: !!viewer };
}

/** Marks as read, once, what is open now (a drawer, a panel, a linked row). */
export function useReadWhenOpen(items: MarkerItem[], open: boolean, markRead: (items: MarkerItem[]) => void) {
  const done = useRef("");
  const ids = items.map((i) => `${i.type} ${i.id}`).join(",");
  useEffect(() => {
    if (!open || !ids || done.current === ids) return;
    done.current = ids;
    markRead(items);
  }, [open, ids, items, markRead]);
}

/** The mark itself: a dot with its meaning for screen readers and on hover. */
export function ChangeMark({ items, className = "" }: { items: MarkerItem[]; className?: string }) {
  if (!items.length) return null;
  const isNew = items.every((i) => i.change === "new");
  const label = `${isNew ? "New" : "Changed"} since you last read: ${items.map((i) => i.title).join("; ")}`;
  return (
    <span className={`change-mark ${className}`} data-testid="change-mark" title={label}>
      <span aria-hidden="true">{isNew ? "✚" : "●"}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** "● changed since you last read (date)", how many, and the toggle. Nothing for a reader who is not signed in. */
export function ChangeMarkersLegend({ markers, count }: { markers: ReturnType<typeof useChangeMarkers>; count: number }) {
  if (!markers.signedIn || !markers.since) return null;
  return (
    <p className="no-print flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300" data-testid="change-legend">
      {markers.visible && count === 0 ? (
        <span>Nothing here changed since you last read on {formatDate(markers.since)}.</span>
      ) : markers.visible ? (
        <>
          <span className="change-mark static" aria-hidden="true">
            ●
          </span>
          <span>
            changed · <span aria-hidden="true">✚</span> new since you last read on {formatDate(markers.since)} ({count} here)
          </span>
        </>
      ) : (
        <span>Change markers hidden.</span>
      )}
      {markers.lastViewed && <span>· You last opened this view on {formatDate(markers.lastViewed)}.</span>}
      <button type="button" className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600" aria-pressed={markers.visible} onClick={() => markers.setVisible(!markers.visible)}>
        {markers.visible ? "Hide changes" : "Show changes"}
      </button>
    </p>
  );
}

/** Opening a record's own page (a card) counts as reading it. */
export function RecordRead({ type, id }: { type: string; id: string }) {
  const viewer = useViewer();
  useEffect(() => {
    if (viewer) sendReadMarks([{ type, id }]);
  }, [viewer, type, id]);
  return null;
}
