"use client";
// Taking in a new draft: paste or upload its text, check how it was split into points, align
// it with an earlier draft, review the proposed rows, give the draft's details and save. Nothing
// is written before "Save": the text, the points and the rows live in this page until then.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import { FormField } from "@/components/admin/form-field";
import { Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { ErrorState } from "@/components/ui/states";
import { POINT_TEXT_STATUSES, REPORTING_STATUSES } from "@/lib/domain/enums";
import { REPORTING_LABELS, TEXT_STATUS_LABELS } from "@/lib/domain/labels";
import { splitPoints, type SplitResult } from "@/lib/drafts/align/split";
import type { IntakeDraft } from "@/lib/drafts/intake/drafts";
import type { ReviewAlignment } from "@/lib/drafts/intake/align";
import { rowsFromProposal, rowsToLinks, titleFrom, type ReviewRow } from "@/lib/drafts/intake/review";
import { ApiError, sendForm, sendJson } from "@/lib/http/client";
import { kindOf } from "@/lib/records";
import type { Option, Options } from "@/lib/records/fields";
import { fieldLabel, formDefaults, formFields } from "@/lib/records/forms";
import { PointEditor, type EditablePoint } from "./point-editor";
import { ReviewTable } from "./review-table";

type Props = {
  drafts: IntakeDraft[];
  options: Options;
  mode: "text" | "existing";
  defaultBaseId: string | null;
  revisesDefault: string | null;
};

type Problem = { message: string; fields?: Record<string, string[]> };

const draftKind = kindOf("drafts");
const draftFields = formFields(draftKind).filter((f) => f.name !== "pointIds");

function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return { message: error.message, fields: error.fields };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function DraftIntake({ drafts, options: initialOptions, mode, defaultBaseId, revisesDefault }: Props) {
  const router = useRouter();
  const [options, setOptions] = useState(initialOptions);
  const [baseId, setBaseId] = useState<string>(defaultBaseId ?? "");
  const [candidateId, setCandidateId] = useState<string>("");
  const [text, setText] = useState("");
  const [split, setSplit] = useState<(SplitResult & { error?: undefined }) | { error: string } | null>(null);
  const [points, setPoints] = useState<EditablePoint[]>([]);
  const [proposal, setProposal] = useState<ReviewAlignment | null>(null);
  const [rows, setRows] = useState<ReviewRow[]>([]);
  /** The points or the earlier draft changed after the proposal: it must be made again before saving. */
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState<null | "upload" | "align" | "save">(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [textStatus, setTextStatus] = useState<(typeof POINT_TEXT_STATUSES)[number]>("verbatim");
  const [reporting, setReporting] = useState<(typeof REPORTING_STATUSES)[number]>("inferred");
  const fileInput = useRef<HTMLInputElement>(null);
  const base = drafts.find((d) => d.id === baseId);

  const form = useForm<FieldValues>({
    resolver: zodResolver(draftKind.schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: {
      ...formDefaults(draftKind),
      citations: [],
      revisesId: revisesDefault ?? defaultBaseId ?? null,
      // A new version belongs to the negotiation of the draft it revises (or the only one there is).
      negotiationId: base?.negotiationId ?? (options.negotiations.length === 1 ? options.negotiations[0].id : undefined),
      date: new Date().toISOString().slice(0, 10),
    },
  });

  function resplit(value: string) {
    setText(value);
    if (proposal) setStale(true);
    if (!value.trim()) {
      setSplit(null);
      setPoints([]);
      return;
    }
    try {
      const result = splitPoints(value);
      setSplit(result);
      setPoints(result.points.map((p) => ({ label: p.label, text: p.text, title: titleFrom(p.text) })));
      if (result.title && !form.getValues("title")) form.setValue("title", result.title);
    } catch (error) {
      setSplit({ error: error instanceof Error ? error.message : String(error) });
      setPoints([]);
    }
  }

  async function upload(file: File) {
    setBusy("upload");
    setProblem(null);
    try {
      const body = new FormData();
      body.append("file", file);
      const { text } = await sendForm<{ text: string }>("/api/admin/drafts/extract", body);
      resplit(text);
      if (!form.getValues("name")) form.setValue("name", file.name.replace(/\.[^.]+$/, "").slice(0, 120));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(null);
      if (fileInput.current) fileInput.current.value = "";
    }
  }

  async function align() {
    setBusy("align");
    setProblem(null);
    try {
      const candidate = mode === "existing" ? { draftId: candidateId } : { points: points.map((p) => ({ label: p.label, text: p.text })) };
      const result = await sendJson<ReviewAlignment>("POST", "/api/admin/drafts/align", { base: { draftId: baseId }, candidate, diffs: true });
      setProposal(result);
      setRows(rowsFromProposal(result));
      setStale(false);
      if (mode === "text" && !form.getValues("declaredPointCount")) form.setValue("declaredPointCount", points.length);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(null);
    }
  }

  const baseIdOf = useMemo(() => {
    const byLabel = new Map(proposal?.base.points.map((p) => [p.label, p.id!]));
    return (label: string) => byLabel.get(label)!;
  }, [proposal]);

  async function save(draftValues: FieldValues | null) {
    setBusy("save");
    setProblem(null);
    try {
      if (mode === "existing") {
        const result = await sendJson<{ alignments: number }>("POST", "/api/admin/drafts/suggested", {
          baseDraftId: baseId,
          candidateDraftId: candidateId,
          reporting,
          links: rowsToLinks(rows, baseIdOf).map((l) => ({ ...l, candidate: l.candidate.map((c) => proposal!.candidate.points.find((p) => p.label === c)!.id!) })),
        });
        router.push(`/admin/drafts/recheck?draft=${encodeURIComponent(candidateId)}&saved=${result.alignments}`);
        return;
      }
      const result = await sendJson<{ draftId: string; points: number; alignments: number }>("POST", "/api/admin/drafts/intake", {
        draft: draftValues,
        textStatus,
        points: points.map((p) => ({ label: p.label, title: p.title, text: p.text })),
        baseDraftId: baseId || null,
        reporting,
        links: rowsToLinks(rows, baseIdOf),
      });
      router.push(`/admin/drafts/recheck?draft=${encodeURIComponent(result.draftId)}&saved=${result.alignments}&points=${result.points}`);
    } catch (error) {
      const p = problemOf(error);
      for (const [path, messages] of Object.entries(p.fields ?? {})) {
        if (path.startsWith("draft.")) form.setError(path.slice(6).split(".")[0], { type: "server", message: messages.join("; ") });
      }
      setProblem(p);
      setBusy(null);
    }
  }

  const onSave = form.handleSubmit(
    (values) => save(values),
    (errors) => setProblem({ message: "Some of the draft's details need attention", fields: Object.fromEntries(Object.keys(errors).map((k) => [`draft.${k}`, [String(errors[k]?.message ?? "")]])) }),
  );

  const candidateDrafts = drafts.filter((d) => d.id !== baseId);
  const canAlign = Boolean(baseId) && (mode === "existing" ? Boolean(candidateId) : points.length >= 2);

  return (
    <FormProvider {...form}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{mode === "existing" ? "Suggest alignments between two drafts" : base ? `New version of the ${base.name} line` : "New draft from its text"}</h1>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          {mode === "existing"
            ? "Parley proposes rows for the points nobody has aligned yet; you accept, reject or re-target each, and save. Rows already recorded are left as they are."
            : "Paste or upload the text. Parley splits it into points and lines them up with the earlier draft; you review each row and save. Nothing is saved until you press Save, and the new draft stays unpublished until it is reviewed."}
        </p>

        <section aria-labelledby="step-source" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 id="step-source" className="text-lg font-semibold">
            1. {mode === "existing" ? "The two drafts" : "The text"}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field htmlFor="intake-base" label={mode === "existing" ? "Earlier draft" : "Align with the earlier draft"} hint={mode === "existing" ? undefined : "Default: the latest draft of the same line"}>
              <select
                id="intake-base"
                className={inputClass}
                value={baseId}
                onChange={(e) => {
                  setBaseId(e.target.value);
                  if (proposal) setStale(true);
                  // "Revises" follows the earlier draft until the editor sets it.
                  if (!form.getFieldState("revisesId").isDirty) form.setValue("revisesId", e.target.value || null);
                  const next = drafts.find((d) => d.id === e.target.value);
                  if (next && !form.getFieldState("negotiationId").isDirty) form.setValue("negotiationId", next.negotiationId);
                }}
              >
                <option value="">{mode === "existing" ? "— choose a draft —" : "— none: a draft with no earlier version —"}</option>
                {drafts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({d.date}, {d.points} points{d.status === "published" ? "" : `, ${d.status.replace("_", " ")}`})
                  </option>
                ))}
              </select>
            </Field>
            {mode === "existing" && (
              <Field htmlFor="intake-candidate" label="Later draft">
                <select id="intake-candidate" className={inputClass} value={candidateId} onChange={(e) => (setCandidateId(e.target.value), proposal && setStale(true))}>
                  <option value="">— choose a draft —</option>
                  {candidateDrafts.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name} ({d.date}, {d.points} points)
                    </option>
                  ))}
                </select>
              </Field>
            )}
          </div>
          {mode === "text" && (
            <>
              <Field htmlFor="intake-text" label="Text of the new draft" hint="Numbered points (1. / 1) / Point 3: / Article 4 / § 5 / IV. / Пункт 3 / Стаття 4); a title line and a preamble are kept apart">
                <textarea id="intake-text" rows={10} className={`${inputClass} font-mono text-sm`} value={text} onChange={(e) => resplit(e.target.value)} />
              </Field>
              <div className="flex flex-wrap items-center gap-3">
                <label className={secondaryButtonClass} htmlFor="intake-file">
                  Upload .txt, .md, .docx or .pdf
                </label>
                <input
                  id="intake-file"
                  ref={fileInput}
                  type="file"
                  className="sr-only"
                  accept=".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
                />
                {busy === "upload" && <span role="status">Reading the file…</span>}
                <span className="text-xs text-slate-500">Up to 5 MB; a PDF needs a text layer (not a scan).</span>
              </div>
            </>
          )}
        </section>

        {mode === "text" && split && (
          <section aria-labelledby="step-points" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 id="step-points" className="text-lg font-semibold">
              2. Points
            </h2>
            {"error" in split && split.error ? (
              <p role="alert" className="text-rose-800 dark:text-rose-300">
                {split.error}
              </p>
            ) : (
              <PointEditor
                split={split as SplitResult}
                points={points}
                onChange={(next) => {
                  // A new title changes nothing the alignment used; new labels or texts do.
                  const aligned = (ps: EditablePoint[]) => ps.map((p) => `${p.label}\u0000${p.text}`).join("\u0001");
                  if (proposal && aligned(next) !== aligned(points)) setStale(true);
                  setPoints(next);
                }}
              />
            )}
          </section>
        )}

        {problem && !proposal && <ErrorState title="That did not work" message={problem.message} />}

        <div>
          <button type="button" className={primaryButtonClass} disabled={!canAlign || busy !== null} onClick={align}>
            {busy === "align" ? "Aligning…" : proposal ? "Align again" : "Propose an alignment"}
          </button>
          {!baseId && mode === "text" && points.length > 0 && <span className="ml-3 text-sm text-slate-500">With no earlier draft, the points are saved without alignments.</span>}
        </div>

        {proposal && (
          <section aria-labelledby="step-review" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 id="step-review" className="text-lg font-semibold">
              3. Review the rows
            </h2>
            {proposal.warnings.length > 0 && (
              <ul className="list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
                {proposal.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            {stale && (
              <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
                The points or the earlier draft changed after this proposal: align again before saving.
              </p>
            )}
            <ReviewTable proposal={proposal} rows={rows} onChange={setRows} />
          </section>
        )}

        {(proposal || (mode === "text" && !baseId && points.length > 0)) && (
          <section aria-labelledby="step-details" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 id="step-details" className="text-lg font-semibold">
              4. {mode === "existing" ? "How the alignment is known" : "The draft's details"}
            </h2>
            <div className="grid gap-3 sm:grid-cols-2">
              {mode === "text" && (
                <Field htmlFor="intake-text-status" label="How much of the points' text is known">
                  <select id="intake-text-status" className={inputClass} value={textStatus} onChange={(e) => setTextStatus(e.target.value as typeof textStatus)}>
                    {POINT_TEXT_STATUSES.map((s) => (
                      <option key={s} value={s} disabled={s === "not_public"}>
                        {TEXT_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              <Field htmlFor="intake-reporting" label="How the alignment is known" hint="Inferred: lined up by Parley and checked by you">
                <select id="intake-reporting" className={inputClass} value={reporting} onChange={(e) => setReporting(e.target.value as typeof reporting)}>
                  {REPORTING_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {REPORTING_LABELS[s]}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            {mode === "text" && (
              <div className="grid gap-3 sm:grid-cols-2">
                {draftFields.map((field) => (
                  <div key={field.name} className={field.wide || field.kind === "textarea" || field.kind === "citations" ? "sm:col-span-2" : undefined}>
                    <FormField field={field} options={options} onSourceCreated={(source: Option) => setOptions((o) => ({ ...o, sources: [...o.sources, source] }))} />
                  </div>
                ))}
              </div>
            )}
            {problem && (
              <div role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
                <p className="font-semibold">{problem.message}</p>
                {problem.fields && (
                  <ul className="list-disc pl-5">
                    {Object.entries(problem.fields).map(([path, messages]) => (
                      <li key={path}>
                        {path.startsWith("draft.") ? fieldLabel(draftKind, path.slice(6)) : path}: {messages.join("; ")}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="save-summary">
              {mode === "text" ? `${points.length} points, ` : ""}
              {rows.filter((r) => r.accepted).length} accepted rows; {rows.filter((r) => !r.accepted).length} rejected rows are not saved (their points stay unaligned).
            </p>
            <button type="button" className={primaryButtonClass} disabled={busy !== null || stale} onClick={() => (mode === "existing" ? save(null) : onSave())}>
              {busy === "save" ? "Saving…" : mode === "existing" ? "Save the alignments" : "Save the draft, unpublished"}
            </button>
          </section>
        )}
      </div>
    </FormProvider>
  );
}
