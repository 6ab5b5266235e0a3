"use client";
// One form for every kind of record, laid out by its description (lib/records/kinds) and
// validated by the same zod schema the server uses. Server answers are shown where they belong:
// field errors on their field; a 409 is merged three ways (fields only one side changed merge by
// themselves, and the save goes through), asking only about fields both editors changed.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { mergeThreeWay, type Merge } from "@/lib/admin/merge";
import type { PublishStatus } from "@/lib/domain/enums";
import { ApiError, sendJson } from "@/lib/http/client";
import { kindOf } from "@/lib/records";
import type { Options } from "@/lib/records/fields";
import { fieldLabel, formDefaults, formFields } from "@/lib/records/forms";
import { ConflictPanel } from "./conflict-panel";
import { FormField } from "./form-field";
import { StatusControls } from "./status-controls";

type Values = Record<string, unknown>;
type RecordView = { id: string; version: number; status?: PublishStatus; title: string; input: Values };
type Conflict = { theirs: RecordView; base: Values | null; mine: Values; merge: Merge };

type Props = {
  type: string;
  options: Options;
  /** Absent when creating. */
  record?: RecordView;
  /** Values to start a new record with (e.g. from the matrix cell it was opened from). */
  initial?: Record<string, unknown>;
  canPublish: boolean;
};

export function EntityForm({ type, options: initialOptions, record, initial, canPublish }: Props) {
  const router = useRouter();
  const kind = kindOf(type);
  const fields = formFields(kind).filter((f) => !(record && f.createOnly));
  const [options, setOptions] = useState(initialOptions);
  const [version, setVersion] = useState(record?.version ?? 0);
  const [status, setStatus] = useState(record?.status);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ message: string; fields?: string[] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  // A typo fix: left out of readers' updates and digests. Applies to one save only.
  const [minor, setMinor] = useState(false);

  const form = useForm<FieldValues>({
    resolver: zodResolver(kind.schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: { ...formDefaults(kind), ...initial, ...record?.input },
    mode: "onTouched",
  });
  const { handleSubmit, formState, reset, setError, getValues } = form;

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!formState.isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [formState.isDirty]);

  const showServerError = (error: unknown, mine?: Values) => {
    if (!(error instanceof ApiError)) {
      setProblem({ message: "The server could not be reached. Your changes are still here: try again." });
      return;
    }
    if (error.status === 409 && error.code === "conflict" && error.detail) {
      const { theirs, base } = error.detail as { theirs: RecordView; base: Values | null };
      const values = mine ?? getValues();
      const merge = mergeThreeWay(base, theirs.input, values, Object.keys(kind.fields));
      setProblem(null);
      if (merge.conflicts.length === 0 && mine) {
        // Nothing to decide: save the merge on top of their version at once.
        void save(merge.merged, theirs.version, merge.fromTheirs);
        return;
      }
      setConflict({ theirs, base, mine: values, merge });
      return;
    }
    const fields = Object.entries(error.fields ?? {});
    for (const [path, messages] of fields) setError(path.split(".")[0], { type: "server", message: messages.join("; ") });
    setProblem({ message: error.message, fields: fields.map(([path]) => path) });
  };

  /** Saves `values` as the next version after `basedOn`; `merged` names fields taken from a concurrent save. */
  async function save(values: Values, basedOn: number, merged: string[] = []) {
    setSaving(true);
    try {
      const saved = await sendJson<RecordView>("PUT", `/api/admin/${type}/${encodeURIComponent(record!.id)}`, { version: basedOn, data: values, minor });
      setVersion(saved.version);
      setMinor(false);
      setStatus(saved.status);
      setConflict(null);
      reset(saved.input);
      const note = merged.length ? ` Someone saved meanwhile; their changes to ${merged.map((f) => fieldLabel(kind, f)).join(", ")} were merged with yours.` : "";
      setNotice(`Saved as version ${saved.version}.${note}`);
      router.refresh();
    } catch (error) {
      showServerError(error, values);
    } finally {
      setSaving(false);
    }
  }

  const onSubmit = handleSubmit(
    async (values) => {
      setProblem(null);
      setNotice(null);
      if (record) return save(values, version);
      try {
        const created = await sendJson<RecordView>("POST", `/api/admin/${type}`, values);
        reset(created.input);
        router.push(`/admin/${type}/${encodeURIComponent(created.id)}?saved=created`);
      } catch (error) {
        showServerError(error);
      }
    },
    (errors) => setProblem({ message: "Some fields need attention", fields: Object.keys(errors) }),
  );

  const onDelete = async () => {
    if (!record || !window.confirm(`Delete “${record.title}”? Its history is kept in the audit log.`)) return;
    try {
      await sendJson("DELETE", `/api/admin/${type}/${encodeURIComponent(record.id)}?version=${version}`);
      reset(getValues());
      router.push(`/admin/${type}?deleted=1`);
    } catch (error) {
      showServerError(error);
    }
  };

  const labels = kind.label;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="form-title" className="space-y-6">
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="form-title" className="text-2xl font-semibold">
            {record ? record.title : `New ${labels.one.toLowerCase()}`}
          </h1>
          {record && <Badge>version {version}</Badge>}
          {status && <Badge tone={status === "published" ? "strong" : status === "in_review" ? "warn" : "neutral"}>{status.replace("_", " ")}</Badge>}
          {formState.isDirty && <Badge tone="warn">unsaved changes</Badge>}
        </div>

        {notice && (
          <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
            {notice}
          </p>
        )}
        {problem && (
          <div role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
            <p className="font-semibold">{problem.message}</p>
            {problem.fields && problem.fields.length > 0 && (
              <p className="mt-1">
                Check: {problem.fields.map((f) => fieldLabel(kind, f)).join(", ")}
              </p>
            )}
          </div>
        )}
        {conflict && (
          <ConflictPanel
            fields={fields}
            merge={conflict.merge}
            base={conflict.base}
            theirs={conflict.theirs}
            mine={conflict.mine}
            saving={saving}
            onSave={(values) => save(values, conflict.theirs.version, conflict.merge.fromTheirs)}
            onDiscardMine={() => {
              setVersion(conflict.theirs.version);
              reset(conflict.theirs.input);
              setConflict(null);
              setNotice(`Loaded version ${conflict.theirs.version}; your changes were discarded.`);
            }}
          />
        )}

        <div className="grid gap-4 md:grid-cols-2">
          {fields.map((field) => (
            // min-w-0: a select with a long option must not widen the page past a phone's screen.
            <div key={field.name} className={field.wide ? "min-w-0 md:col-span-2" : "min-w-0"}>
              <FormField field={field} options={options} onSourceCreated={(source) => setOptions((o) => ({ ...o, sources: [...o.sources, source] }))} />
            </div>
          ))}
        </div>

        <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 py-3 dark:border-slate-800 dark:bg-slate-950/95">
          <button type="submit" className={primaryButtonClass} disabled={formState.isSubmitting || saving}>
            {formState.isSubmitting || saving ? "Saving…" : record ? "Save" : `Create ${labels.one.toLowerCase()}`}
          </button>
          {record && (
            <label className="inline-flex items-center gap-1 text-sm" title="A typo fix or similar: readers' updates, feeds and digests leave it out">
              <input type="checkbox" checked={minor} onChange={(e) => setMinor(e.target.checked)} data-testid="minor-change" />
              Minor change (not in readers&apos; updates)
            </label>
          )}
          <Link href={`/admin/${type}`} className={secondaryButtonClass}>
            Back to {labels.many.toLowerCase()}
          </Link>
          {record && (
            <>
              <Link href={`/admin/${type}/${encodeURIComponent(record.id)}/history`} className={secondaryButtonClass}>
                History
              </Link>
              {status && canPublish && (
                <StatusControls
                  type={type}
                  id={record.id}
                  version={version}
                  status={status}
                  dirty={formState.isDirty}
                  partsLabel={kind.partsLabel ? `with ${kind.partsLabel}` : undefined}
                  onChanged={(next) => {
                    setVersion(next.version);
                    setStatus(next.status);
                    const parts = next.parts !== undefined ? `; ${next.parts} of ${kind.partsLabel} with it` : "";
                    setNotice(`Status: ${next.status?.replace("_", " ")} (version ${next.version})${parts}.`);
                    router.refresh();
                  }}
                  onError={showServerError}
                />
              )}
              <button type="button" onClick={onDelete} className={`${dangerButtonClass} ml-auto`}>
                Delete
              </button>
            </>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
