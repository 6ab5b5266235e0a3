"use client";
// One form for every kind of record, laid out by lib/admin/fields.ts and validated by the same
// zod schema the server uses. Server answers are shown where they belong: field errors on their
// field, a 409 as "theirs vs mine" to merge, the version carried from save to save.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { ENTITY_LABELS, type EntityType } from "@/lib/admin/entity-types";
import { FORMS, type Options } from "@/lib/admin/fields";
import type { PublishStatus } from "@/lib/domain/enums";
import { ApiError, sendJson } from "@/lib/http/client";
import { ConflictPanel } from "./conflict-panel";
import { FormField } from "./form-field";
import { StatusControls } from "./status-controls";

type RecordView = { id: string; version: number; status?: PublishStatus; title: string; input: Record<string, unknown> };

type Props = {
  type: EntityType;
  options: Options;
  /** Absent when creating. */
  record?: RecordView;
  /** Values to start a new record with (e.g. from the matrix cell it was opened from). */
  initial?: Record<string, unknown>;
  canPublish: boolean;
};

export function EntityForm({ type, options: initialOptions, record, initial, canPublish }: Props) {
  const router = useRouter();
  const spec = FORMS[type];
  const [options, setOptions] = useState(initialOptions);
  const [version, setVersion] = useState(record?.version ?? 0);
  const [status, setStatus] = useState(record?.status);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ message: string; fields?: string[] } | null>(null);
  const [conflict, setConflict] = useState<RecordView | null>(null);

  const form = useForm<FieldValues>({
    resolver: zodResolver(spec.schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: { ...spec.defaults, ...initial, ...record?.input },
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

  const showServerError = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      setProblem({ message: "The server could not be reached. Your changes are still here: try again." });
      return;
    }
    if (error.status === 409 && error.code === "conflict" && error.detail) {
      setConflict(error.detail as RecordView);
      setProblem(null);
      return;
    }
    const fields = Object.entries(error.fields ?? {});
    for (const [path, messages] of fields) setError(path.split(".")[0], { type: "server", message: messages.join("; ") });
    setProblem({ message: error.message, fields: fields.map(([path]) => path) });
  };

  const onSubmit = handleSubmit(
    async (values) => {
      setProblem(null);
      setNotice(null);
      try {
        if (!record) {
          const created = await sendJson<RecordView>("POST", `/api/admin/${type}`, values);
          reset(created.input);
          router.push(`/admin/${type}/${encodeURIComponent(created.id)}?saved=created`);
          return;
        }
        const saved = await sendJson<RecordView>("PUT", `/api/admin/${type}/${encodeURIComponent(record.id)}`, { version, data: values });
        setVersion(saved.version);
        setConflict(null);
        reset(saved.input);
        setNotice(`Saved as version ${saved.version}.`);
        router.refresh();
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

  const labels = ENTITY_LABELS[type];
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
                Check: {problem.fields.map((f) => spec.fields.find((x) => x.name === f.split(".")[0])?.label ?? f).join(", ")}
              </p>
            )}
          </div>
        )}
        {conflict && (
          <ConflictPanel
            fields={spec.fields}
            theirs={conflict}
            mine={getValues()}
            onUseTheirs={(name) => form.setValue(name, conflict.input[name], { shouldDirty: true })}
            onKeepMineOverTheirs={() => {
              setVersion(conflict.version);
              setConflict(null);
              setNotice(`Now based on version ${conflict.version}: review and save again to put your changes over theirs.`);
            }}
            onDiscardMine={() => {
              setVersion(conflict.version);
              reset(conflict.input);
              setConflict(null);
              setNotice(`Loaded version ${conflict.version}; your changes were discarded.`);
            }}
          />
        )}

        <div className="grid gap-4 md:grid-cols-2">
          {spec.fields.map((field) => (
            <div key={field.name} className={field.wide ? "md:col-span-2" : undefined}>
              <FormField field={field} options={options} onSourceCreated={(source) => setOptions((o) => ({ ...o, sources: [...o.sources, source] }))} />
            </div>
          ))}
        </div>

        <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 py-3 dark:border-slate-800 dark:bg-slate-950/95">
          <button type="submit" className={primaryButtonClass} disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Saving…" : record ? "Save" : `Create ${labels.one.toLowerCase()}`}
          </button>
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
                  onChanged={(next) => {
                    setVersion(next.version);
                    setStatus(next.status);
                    setNotice(`Status: ${next.status?.replace("_", " ")} (version ${next.version}).`);
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
