// Checks the Gaza 2025 seed folder (prisma/seed-data/gaza-2025) without touching a database:
// `npx tsx scripts/check-gaza-seed.ts`. Each record of a kind that exists is validated against
// that kind's zod schema as the seed loader does (id, status and publishedAt taken off first);
// the fields the app does not have yet (an issue's `proposition`, any `negotiationId`) are set
// aside, and the new generic shapes of territories and claims, and negotiation.json, are checked
// here by hand. Every reference is resolved against the folder, or against the first case's
// top-level files where the brief allows reuse (sources and actors). Prints counts; exits 1 on
// any problem.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { kindOf } from "@/lib/records";
import { seedMeta } from "@/lib/seed/schema";
import {
  ALIGNMENT_RELATIONS,
  CARD_KINDS,
  CONFIDENCE_LEVELS,
  CREDIBILITY_GRADES,
  DRAFT_PROVENANCES,
  LIKELIHOODS,
  POINT_CONFIDENCES,
  POINT_TEXT_STATUSES,
  NEGOTIATION_STAGES,
  PUBLISH_STATUSES,
  REACTIONS,
  RELIABILITY_GRADES,
  REPORTING_STATUSES,
  STANCES,
} from "@/lib/domain/enums";

const ROOT = path.join(process.cwd(), "prisma", "seed-data");
const DIR = path.join(ROOT, "gaza-2025");

/** The claim vocabulary of the new generic territory model (the app's enum still has the first case's). */
const CLAIM_KINDS = [
  "recognised_de_jure",
  "recognised_de_facto",
  "demilitarised_zone",
  "frozen_on_line",
  "withdrawal",
  "to_be_returned",
  "remains_with_holder",
  "no_recognition",
  "subject_to_negotiation",
  "international_administration",
  "security_perimeter",
] as const;

const NAME_LANGS = ["en", "ar", "he"] as const;

/** Kinds whose files follow the app's current schema, in the loader's order. */
const SCHEMA_KINDS = ["sources", "actors", "issues", "metrics", "drafts", "draft-points", "alignments", "point-reactions", "positions", "metric-values", "cards", "briefings"] as const;
const FILES = [...SCHEMA_KINDS, "territories", "claims"] as const;
/** Fields the brief adds that the app's kinds do not know yet. */
const NEW_FIELDS: Record<string, string[]> = { issues: ["proposition"] };

type Rec = Record<string, unknown>;
const problems: string[] = [];
const problem = (where: string, message: string) => problems.push(`${where}: ${message}`);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problem(path.relative(process.cwd(), file), `cannot be read as JSON (${(error as Error).message})`);
    return undefined;
  }
}
function readList(file: string): Rec[] {
  const raw = readJson(file);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problem(path.basename(file), "must hold a JSON array");
    return [];
  }
  return raw.filter((r, i) => {
    const ok = r && typeof r === "object" && !Array.isArray(r);
    if (!ok) problem(`${path.basename(file)} #${i}`, "not an object");
    return ok;
  }) as Rec[];
}

const data = {} as Record<(typeof FILES)[number], Rec[]>;
for (const name of FILES) {
  const file = path.join(DIR, `${name}.json`);
  if (!existsSync(file)) {
    problem(`${name}.json`, "missing");
    data[name] = [];
  } else data[name] = readList(file);
}
const negotiationRaw = readJson(path.join(DIR, "negotiation.json"));
const topSources = readList(path.join(ROOT, "sources.json"));
const topActors = readList(path.join(ROOT, "actors.json"));

// --- ids ---------------------------------------------------------------------------------
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: unknown) => typeof v === "string" && DAY.test(v) && !Number.isNaN(Date.parse(v));
const ids = (list: Rec[]) => new Set(list.map((r) => String(r.id)));

for (const name of FILES) {
  const seen = new Set<string>();
  for (const [i, r] of data[name].entries()) {
    const id = r.id;
    const where = `${name}.json ${typeof id === "string" ? id : `#${i}`}`;
    if (typeof id !== "string" || !ID.test(id)) problem(where, "needs an id of letters, digits, '-' and '_'");
    else if (seen.has(id)) problem(where, "duplicate id");
    else seen.add(id);
    if (typeof id === "string") {
      if (name === "sources" && !/^G\d{3}[a-z]?$/.test(id)) problem(where, "source ids are G followed by three digits (e.g. G001)");
      if (name !== "sources" && !id.startsWith("gaza-")) problem(where, "new ids are prefixed gaza-");
    }
  }
}
const topSourceIds = ids(topSources);
const topActorIds = ids(topActors);
for (const s of data.sources) if (topSourceIds.has(String(s.id))) problem(`sources.json ${s.id}`, "collides with a first-case source id");
for (const a of data.actors) if (topActorIds.has(String(a.id))) problem(`actors.json ${a.id}`, "collides with a first-case actor id (reuse it instead)");

// A source the first case already has is cited by its S… id, not duplicated.
const normUrl = (u: unknown) => String(u ?? "").replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "").toLowerCase();
const topUrls = new Map(topSources.filter((s) => s.url).map((s) => [normUrl(s.url), String(s.id)]));
for (const s of data.sources) if (s.url && topUrls.has(normUrl(s.url))) problem(`sources.json ${s.id}`, `same URL as first-case source ${topUrls.get(normUrl(s.url))}: cite that one`);
// An actor the first case already has is reused, not duplicated.
const topNames = new Map(topActors.map((a) => [String(a.name).toLowerCase(), String(a.id)]));
for (const a of data.actors) if (topNames.has(String(a.name).toLowerCase())) problem(`actors.json ${a.id}`, `same name as first-case actor ${topNames.get(String(a.name).toLowerCase())}: reuse it`);

const sourceIds = new Set([...topSourceIds, ...ids(data.sources)]);
const actorIds = new Set([...topActorIds, ...ids(data.actors)]);
const issueIds = ids(data.issues);
const draftIds = ids(data.drafts);
const pointDraft = new Map(data["draft-points"].map((p) => [String(p.id), String(p.draftId)]));
const territoryIds = ids(data.territories);
const metricIds = ids(data.metrics);
const cardIds = ids(data.cards);

// --- references ----------------------------------------------------------------------------
function refOne(where: string, field: string, value: unknown, set: Set<string>, what: string, optional = false) {
  if (value === null || value === undefined || value === "") {
    if (!optional) problem(where, `${field} is required`);
    return;
  }
  if (typeof value !== "string" || !set.has(value)) problem(where, `${field} refers to unknown ${what} "${String(value)}"`);
}
function refMany(where: string, field: string, value: unknown, set: Set<string>, what: string) {
  if (value === undefined) return;
  if (!Array.isArray(value)) return problem(where, `${field} must be a list`);
  for (const v of value) refOne(where, field, v, set, what);
}
function checkCitations(where: string, value: unknown) {
  if (!Array.isArray(value) || value.length === 0) return problem(where, "every record needs at least one citation");
  for (const c of value as Rec[]) {
    if (!c || typeof c !== "object") {
      problem(where, "a citation must be {sourceId, locator?}");
      continue;
    }
    const extra = Object.keys(c).filter((k) => k !== "sourceId" && k !== "locator");
    if (extra.length) problem(where, `citation has unknown fields ${extra.join(", ")}`);
    refOne(where, "citations.sourceId", c.sourceId, sourceIds, "source");
  }
}
function checkEnum(where: string, field: string, value: unknown, values: readonly (string | number)[], optional = false) {
  if ((value === null || value === undefined) && optional) return;
  if (!values.includes(value as never)) problem(where, `${field} "${String(value)}" is not one of ${values.join(", ")}`);
}

for (const name of FILES) {
  for (const r of data[name]) {
    const where = `${name}.json ${r.id}`;
    // Where the kind has citations (or in the new shapes), every record names its sources, as the seed loader requires.
    if (name === "territories" || name === "claims" || "citations" in kindOf(name).fields) checkCitations(where, r.citations);
    switch (name) {
      case "sources":
        checkEnum(where, "reliability", r.reliability, RELIABILITY_GRADES);
        checkEnum(where, "credibility", r.credibility, CREDIBILITY_GRADES);
        break;
      case "issues":
        if (typeof r.proposition !== "string" || !r.proposition.trim()) problem(where, "needs a proposition (the statement a stance refers to)");
        break;
      case "drafts":
        checkEnum(where, "provenance", r.provenance, DRAFT_PROVENANCES);
        refOne(where, "revisesId", r.revisesId, draftIds, "draft", true);
        break;
      case "draft-points":
        refOne(where, "draftId", r.draftId, draftIds, "draft");
        checkEnum(where, "textStatus", r.textStatus, POINT_TEXT_STATUSES);
        checkEnum(where, "confidence", r.confidence, POINT_CONFIDENCES, true);
        refMany(where, "issueIds", r.issueIds, issueIds, "issue");
        break;
      case "alignments":
        refOne(where, "fromDraftId", r.fromDraftId, draftIds, "draft");
        refOne(where, "toDraftId", r.toDraftId, draftIds, "draft");
        refOne(where, "fromPointId", r.fromPointId, new Set(pointDraft.keys()), "draft point", true);
        refOne(where, "toPointId", r.toPointId, new Set(pointDraft.keys()), "draft point", true);
        if (r.fromPointId && pointDraft.get(String(r.fromPointId)) !== r.fromDraftId) problem(where, "fromPointId is not a point of fromDraftId");
        if (r.toPointId && pointDraft.get(String(r.toPointId)) !== r.toDraftId) problem(where, "toPointId is not a point of toDraftId");
        checkEnum(where, "relation", r.relation, ALIGNMENT_RELATIONS);
        checkEnum(where, "reporting", r.reporting, REPORTING_STATUSES);
        break;
      case "point-reactions":
        refOne(where, "actorId", r.actorId, actorIds, "actor");
        refOne(where, "pointId", r.pointId, new Set(pointDraft.keys()), "draft point");
        checkEnum(where, "reaction", r.reaction, REACTIONS);
        break;
      case "positions":
        refOne(where, "actorId", r.actorId, actorIds, "actor");
        refOne(where, "issueId", r.issueId, issueIds, "issue");
        checkEnum(where, "stance", r.stance, STANCES);
        break;
      case "metric-values":
        refOne(where, "metricId", r.metricId, metricIds, "metric");
        refOne(where, "draftId", r.draftId, draftIds, "draft", true);
        break;
      case "cards":
        checkEnum(where, "kind", r.kind, CARD_KINDS);
        checkEnum(where, "likelihood", r.likelihood, LIKELIHOODS, true);
        checkEnum(where, "confidence", r.confidence, CONFIDENCE_LEVELS, true);
        refMany(where, "actorIds", r.actorIds, actorIds, "actor");
        refMany(where, "issueIds", r.issueIds, issueIds, "issue");
        refMany(where, "pointIds", r.pointIds, new Set(pointDraft.keys()), "draft point");
        refMany(where, "territoryIds", r.territoryIds, territoryIds, "territory");
        break;
      case "briefings":
        refMany(where, "cardIds", r.cardIds, cardIds, "card");
        break;
      case "territories":
        checkTerritory(where, r);
        break;
      case "claims":
        checkClaim(where, r);
        break;
    }
    if ("status" in r || "publishedAt" in r) {
      if (name !== "sources" && name !== "territories") {
        checkEnum(where, "status", r.status ?? "published", PUBLISH_STATUSES);
        if (r.publishedAt !== null && r.publishedAt !== undefined && !isDay(r.publishedAt)) problem(where, "publishedAt must be YYYY-MM-DD or null");
      }
    }
  }
}

// --- the app's own schemas -------------------------------------------------------------------
for (const name of SCHEMA_KINDS) {
  const kind = kindOf(name);
  for (const r of data[name]) {
    const where = `${name}.json ${r.id}`;
    const { id, ...rest } = r;
    const { status, publishedAt, ...fields } = rest;
    const input: Rec = kind.publishable ? fields : rest;
    for (const f of NEW_FIELDS[name] ?? []) delete input[f];
    if (!kind.publishable && "status" in rest) problem(where, `${name} are not published separately (no status)`);
    const meta = seedMeta(kind).strict().safeParse({ id, ...(kind.publishable ? { status, publishedAt } : {}) });
    const parsed = kind.schema.safeParse(input);
    for (const issue of [...(meta.success ? [] : meta.error.issues), ...(parsed.success ? [] : parsed.error.issues)]) {
      problem(where, `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    }
  }
}

// --- the new generic shapes, by hand -----------------------------------------------------------
function text(where: string, field: string, value: unknown, max: number, optional = false) {
  if ((value === null || value === undefined) && optional) return;
  if (typeof value !== "string" || !value.trim()) return problem(where, `${field} must be a non-empty text`);
  if (value.length > max) problem(where, `${field} is longer than ${max} characters`);
}
function checkTerritory(where: string, t: Rec) {
  const allowed = ["id", "negotiationId", "code", "names", "kind", "controlledById", "controlSharePct", "controlAsOf", "controlNote", "citations"];
  for (const k of Object.keys(t)) if (!allowed.includes(k)) problem(where, `unknown field ${k}`);
  if (typeof t.code !== "string" || !(/^[A-Z]{2}-[0-9A-Z]{1,3}$/.test(t.code) || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.code)))
    problem(where, "code must be an ISO 3166-2 code (PS-GZA) or an editor-defined id (gaza-yellow-line)");
  const names = t.names as Rec | undefined;
  if (!names || typeof names !== "object" || Array.isArray(names)) problem(where, "names must be an object of language → name");
  else {
    text(where, "names.en", names.en, 120);
    for (const [lang, n] of Object.entries(names)) {
      if (!NAME_LANGS.includes(lang as never)) problem(where, `names.${lang}: only ${NAME_LANGS.join(", ")} are used`);
      text(where, `names.${lang}`, n, 120);
    }
  }
  text(where, "kind", t.kind, 60);
  refOne(where, "controlledById", t.controlledById, actorIds, "actor", true);
  if (t.controlSharePct !== null && (typeof t.controlSharePct !== "number" || t.controlSharePct < 0 || t.controlSharePct > 100)) problem(where, "controlSharePct must be a number 0–100 or null");
  if (t.controlSharePct !== null && !t.controlledById) problem(where, "a control share needs controlledById");
  if (t.controlAsOf !== null && !isDay(t.controlAsOf)) problem(where, "controlAsOf must be YYYY-MM-DD or null");
  text(where, "controlNote", t.controlNote, 2000);
}
function checkClaim(where: string, c: Rec) {
  const allowed = ["id", "territoryId", "claim", "actorId", "draftId", "statedAt", "summary", "status", "publishedAt", "citations"];
  for (const k of Object.keys(c)) if (!allowed.includes(k)) problem(where, `unknown field ${k}`);
  refOne(where, "territoryId", c.territoryId, territoryIds, "territory");
  checkEnum(where, "claim", c.claim, CLAIM_KINDS);
  if (!c.actorId === !c.draftId) problem(where, "a claim is made by an actor or contained in a draft: exactly one of actorId, draftId");
  refOne(where, "actorId", c.actorId, actorIds, "actor", true);
  refOne(where, "draftId", c.draftId, draftIds, "draft", true);
  if (!isDay(c.statedAt)) problem(where, "statedAt must be YYYY-MM-DD");
  text(where, "summary", c.summary, 2000);
}

// --- negotiation.json --------------------------------------------------------------------------
const n = negotiationRaw as Rec | undefined;
if (negotiationRaw !== undefined) {
  const where = "negotiation.json";
  if (!n || typeof n !== "object" || Array.isArray(n)) problem(where, "must hold one object");
  else {
    const allowed = ["id", "slug", "title", "summary", "stage", "status", "publishedAt", "startedOn", "endedOn", "partyIds", "citations"];
    for (const k of Object.keys(n)) if (!allowed.includes(k)) problem(where, `unknown field ${k}`);
    if (n.id !== "gaza-2025") problem(where, 'id must be "gaza-2025"');
    if (typeof n.slug !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(n.slug)) problem(where, "slug must be lower-case words joined by hyphens");
    text(where, "title", n.title, 200);
    text(where, "summary", n.summary, 4000);
    const sentences = String(n.summary ?? "").split(/(?<=[.!?])\s+(?=[A-Z*])/).filter(Boolean).length;
    if (sentences < 2 || sentences > 4) problem(where, `summary has ${sentences} sentences (2–4 wanted)`);
    checkEnum(where, "stage", n.stage, NEGOTIATION_STAGES);
    checkEnum(where, "status", n.status, PUBLISH_STATUSES);
    if (!isDay(n.startedOn)) problem(where, "startedOn must be YYYY-MM-DD");
    if (n.endedOn !== null && !isDay(n.endedOn)) problem(where, "endedOn must be YYYY-MM-DD or null");
    if (n.stage === "concluded" && n.endedOn === null) problem(where, "a concluded negotiation has an endedOn date");
    if (!Array.isArray(n.partyIds) || n.partyIds.length === 0) problem(where, "partyIds must list the parties");
    refMany(where, "partyIds", n.partyIds, actorIds, "actor");
    checkCitations(where, n.citations);
  }
}

// --- report --------------------------------------------------------------------------------
const counts = Object.fromEntries(FILES.map((name) => [name, data[name].length]));
const cited = new Set<string>();
const collect = (v: unknown) => {
  if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === "object") {
    const r = v as Rec;
    if (typeof r.sourceId === "string") cited.add(r.sourceId);
    Object.values(r).forEach(collect);
  }
};
collect(data);
collect(n);
const unusedSources = data.sources.filter((s) => !cited.has(String(s.id))).map((s) => s.id);
if (unusedSources.length) problem("sources.json", `sources never cited: ${unusedSources.join(", ")}`);
const reusedSources = [...cited].filter((id) => topSourceIds.has(id));
const reusedActors = [...new Set(Object.values(data).flat().flatMap((r) => [r.actorId, r.controlledById, ...((r.actorIds as unknown[]) ?? [])]).concat((n?.partyIds as unknown[]) ?? []))].filter((id) => typeof id === "string" && topActorIds.has(id));
console.log("gaza-2025 seed counts:", JSON.stringify({ negotiation: n ? 1 : 0, ...counts }));
console.log(`first-case sources cited: ${reusedSources.length ? reusedSources.join(", ") : "none"}; first-case actors reused: ${reusedActors.join(", ") || "none"}`);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("gaza-2025 seed files are valid");
