"use client";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import type { PublishStatus } from "@/lib/domain/enums";
import { sendJson } from "@/lib/http/client";

type Result = { version: number; status?: PublishStatus; parts?: number };

const STEPS: Record<PublishStatus, { to: PublishStatus; label: string }[]> = {
  draft: [
    { to: "in_review", label: "Submit for review" },
    { to: "published", label: "Publish" },
  ],
  in_review: [
    { to: "published", label: "Publish" },
    { to: "draft", label: "Back to draft" },
  ],
  published: [{ to: "draft", label: "Unpublish" }],
};

/** Draft → in review → published, and unpublish. Saving comes first: status changes apply to what is saved. */
export function StatusControls({
  type,
  id,
  version,
  status,
  dirty,
  onChanged,
  onError,
  partsLabel,
}: {
  type: string;
  id: string;
  version: number;
  status: PublishStatus;
  dirty: boolean;
  onChanged: (result: Result) => void;
  onError: (error: unknown) => void;
  /** For records with parts (a draft): also offer to move them in the same step, e.g. "with its points and alignments". */
  partsLabel?: string;
}) {
  const [busy, setBusy] = useState(false);
  const change = async (to: PublishStatus, withParts = false) => {
    setBusy(true);
    try {
      onChanged(await sendJson<Result>("POST", `/api/admin/${type}/${encodeURIComponent(id)}/status`, { status: to, version, withParts }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="flex flex-wrap items-center gap-2">
      {STEPS[status].flatMap((step) => [
        <button
          key={step.to}
          type="button"
          className={secondaryButtonClass}
          disabled={busy || dirty}
          title={dirty ? "Save your changes first" : undefined}
          onClick={() => change(step.to)}
        >
          {step.label}
        </button>,
        ...(partsLabel && step.to !== "in_review"
          ? [
              <button
                key={`${step.to}-parts`}
                type="button"
                className={secondaryButtonClass}
                disabled={busy || dirty}
                title={dirty ? "Save your changes first" : undefined}
                onClick={() => change(step.to, true)}
              >
                {step.label} {partsLabel}
              </button>,
            ]
          : []),
      ])}
    </span>
  );
}
