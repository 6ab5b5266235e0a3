"use client";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import type { EntityType } from "@/lib/admin/entity-types";
import type { PublishStatus } from "@/lib/domain/enums";
import { sendJson } from "@/lib/http/client";

type Result = { version: number; status?: PublishStatus };

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
}: {
  type: EntityType;
  id: string;
  version: number;
  status: PublishStatus;
  dirty: boolean;
  onChanged: (result: Result) => void;
  onError: (error: unknown) => void;
}) {
  const [busy, setBusy] = useState(false);
  const change = async (to: PublishStatus) => {
    setBusy(true);
    try {
      onChanged(await sendJson<Result>("POST", `/api/admin/${type}/${encodeURIComponent(id)}/status`, { status: to, version }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="flex flex-wrap items-center gap-2">
      {STEPS[status].map((step) => (
        <button
          key={step.to}
          type="button"
          className={secondaryButtonClass}
          disabled={busy || dirty}
          title={dirty ? "Save your changes first" : undefined}
          onClick={() => change(step.to)}
        >
          {step.label}
        </button>
      ))}
    </span>
  );
}
