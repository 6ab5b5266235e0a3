"use client";
// Upload, replace or remove a negotiation's map: pick a GeoJSON/TopoJSON file, the property that
// holds the territory code, the licence and attribution; the server validates, simplifies and
// answers with which of the negotiation's territories the features match.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, dangerButtonClass, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { ApiError, sendJson } from "@/lib/http/client";
import { filePropertyNames, guessCodeProperty, guessNameProperty } from "@/lib/maps/properties";
import { MAP_MAX_BYTES } from "@/lib/maps/schema";
import type { MatchReport } from "@/lib/maps/service";
import { MapReport } from "./map-report";

type Props = { negotiationId: string; hasMap: boolean };
type Errors = Record<string, string[]>;

export function MapUpload({ negotiationId, hasMap }: Props) {
  const router = useRouter();
  const endpoint = `/api/admin/negotiations/${encodeURIComponent(negotiationId)}/map`;
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [context, setContext] = useState<string>("");
  const [properties, setProperties] = useState<string[]>([]);
  const [form, setForm] = useState({ name: "", codeProperty: "", nameProperty: "", licence: "", attribution: "", sourceUrl: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [report, setReport] = useState<MatchReport | null>(null);
  const [busy, setBusy] = useState(false);

  const readFile = async (input: HTMLInputElement, which: "file" | "context") => {
    const chosen = input.files?.[0];
    setErrors({});
    setReport(null);
    if (!chosen) return which === "file" ? setFile(null) : setContext("");
    if (chosen.size > MAP_MAX_BYTES) {
      setErrors({ [which]: [`The file is larger than ${MAP_MAX_BYTES / 1024 / 1024} MB`] });
      input.value = "";
      return;
    }
    const text = await chosen.text();
    if (which === "context") return setContext(text);
    setFile({ name: chosen.name, text });
    const names = filePropertyNames(text);
    setProperties(names ?? []);
    setForm((f) => ({
      ...f,
      name: f.name || chosen.name.replace(/\.(geo|topo)?json$/i, "").replace(/\.(geo|topo)$/i, ""),
      codeProperty: names?.includes(f.codeProperty) ? f.codeProperty : guessCodeProperty(names ?? []),
      nameProperty: names?.includes(f.nameProperty) ? f.nameProperty : guessNameProperty(names ?? []),
    }));
    if (names === null) setErrors({ file: ["This file is not valid JSON"] });
  };

  const send = async (check: boolean) => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const body = { ...form, file: file?.text ?? "", context: context || undefined };
      const result = await sendJson<{ report: MatchReport }>("POST", check ? `${endpoint}?check=1` : endpoint, body);
      setReport(result.report);
      setMessage(check ? "The file is valid; nothing was stored yet." : "Map saved.");
      if (!check) router.refresh();
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fields ?? {});
        setMessage(error.message);
      } else setMessage("The upload failed: check your connection and try again.");
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!window.confirm("Remove this negotiation's map? Readers will see country outlines instead.")) return;
    setBusy(true);
    try {
      await sendJson("DELETE", endpoint);
      setReport(null);
      setMessage("Map removed.");
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : "The removal failed.");
    } finally {
      setBusy(false);
    }
  };

  const err = (name: string) => errors[name]?.join(" ");
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const aria = (name: string) => ({ "aria-invalid": !!errors[name], "aria-describedby": errors[name] ? `map-${name}-error` : undefined });

  return (
    <form
      className="space-y-4"
      aria-label={hasMap ? "Replace the map" : "Upload a map"}
      onSubmit={(e) => {
        e.preventDefault();
        void send(false);
      }}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Geometry file (GeoJSON or TopoJSON, up to 10 MB)" htmlFor="map-file" required error={err("file")}>
          <input id="map-file" type="file" accept=".json,.geojson,.topojson,application/json,application/geo+json" className={inputClass} onChange={(e) => void readFile(e.currentTarget, "file")} {...aria("file")} />
        </Field>
        <Field label="Neighbouring countries (optional, drawn grey)" htmlFor="map-context" error={err("context")}>
          <input id="map-context" type="file" accept=".json,.geojson,.topojson,application/json" className={inputClass} onChange={(e) => void readFile(e.currentTarget, "context")} {...aria("context")} />
        </Field>
        <Field label="Name" htmlFor="map-name" required error={err("name")}>
          <input id="map-name" className={inputClass} value={form.name} onChange={set("name")} {...aria("name")} />
        </Field>
        <Field label="Property holding the territory code" htmlFor="map-codeProperty" required error={err("codeProperty")} hint="Matched against the codes of the negotiation's territories">
          {properties.length ? (
            <select id="map-codeProperty" className={inputClass} value={form.codeProperty} onChange={set("codeProperty")} {...aria("codeProperty")}>
              {properties.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          ) : (
            <input id="map-codeProperty" className={inputClass} value={form.codeProperty} onChange={set("codeProperty")} {...aria("codeProperty")} />
          )}
        </Field>
        <Field label="Property holding a name (optional)" htmlFor="map-nameProperty" error={err("nameProperty")}>
          <select id="map-nameProperty" className={inputClass} value={form.nameProperty} onChange={set("nameProperty")} {...aria("nameProperty")}>
            <option value="">(none)</option>
            {properties.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
        <Field label="Source URL (optional)" htmlFor="map-sourceUrl" error={err("sourceUrl")}>
          <input id="map-sourceUrl" type="url" className={inputClass} value={form.sourceUrl} onChange={set("sourceUrl")} {...aria("sourceUrl")} />
        </Field>
        <Field label="Licence" htmlFor="map-licence" required error={err("licence")} hint="e.g. Public domain (Natural Earth), CC BY 4.0, ODbL">
          <input id="map-licence" className={inputClass} value={form.licence} onChange={set("licence")} {...aria("licence")} />
        </Field>
        <Field label="Attribution (shown under the map)" htmlFor="map-attribution" required error={err("attribution")}>
          <input id="map-attribution" className={inputClass} value={form.attribution} onChange={set("attribution")} {...aria("attribution")} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primaryButtonClass} disabled={busy}>
          {hasMap ? "Replace the map" : "Upload the map"}
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void send(true)}>
          Check without saving
        </button>
        {hasMap && (
          <button type="button" className={dangerButtonClass} disabled={busy} onClick={() => void remove()}>
            Remove the map
          </button>
        )}
      </div>
      {message && (
        <p role="status" data-testid="map-upload-status" className="text-sm">
          {message}
        </p>
      )}
      {report && <MapReport report={report} />}
    </form>
  );
}
