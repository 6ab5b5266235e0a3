// The core of `npm run align`, kept apart from the script so that other sources of points
// (drafts stored in the database: a future --from/--to) plug in as another `Side`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AlignError } from "./errors";
import { extractFile } from "./extract";
import { alignPoints, toContractJson } from "./index";
import { splitPoints } from "./split";
import type { AlignResult, Flag, Party, PointInput } from "./types";

/** Where one version comes from: a file (text, markdown, .docx, .pdf) or points already parsed
 * (for instance a stored draft). `name` is how errors refer to it. */
export type Side = { kind: "file"; path: string; resolved?: string } | { kind: "points"; name: string; points: PointInput[] };

export type AlignCommand = { base: Side; candidate: Side; json: boolean; partiesFile?: string; parties?: Party[]; minConfidence?: number };

/** Drafts stored in the database, by id or name: the caller loads them (scripts/align.ts). */
export type StoredCommand = Omit<AlignCommand, "base" | "candidate"> & { from: string; to: string };

export const USAGE =
  "usage: npm run align -- <base-file> <candidate-file> [--json] [--parties <file.json>] [--min-confidence <0..1>]\n       npm run align -- --from <draft id or name> --to <draft id or name> [--json] [--min-confidence <0..1>]";

/** Wrong arguments: the message is one line for the user. */
export class CommandError extends Error {
  name = "CommandError";
}

/** `cwd`: where relative paths start (npm runs scripts from the project root and keeps the
 * caller's directory in INIT_CWD). */
export function parseArgs(argv: string[], cwd = process.cwd()): AlignCommand | StoredCommand {
  const files: string[] = [];
  const stored: { from?: string; to?: string } = {};
  let json = false;
  let partiesFile: string | undefined;
  let minConfidence: number | undefined;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--json") json = true;
    else if (a === "--parties") {
      const file = argv[++k];
      if (!file) throw new CommandError(`--parties needs a file: ${USAGE}`);
      partiesFile = path.resolve(cwd, file);
    } else if (a === "--min-confidence") {
      const v = Number(argv[++k]);
      if (!(v >= 0 && v <= 1)) throw new CommandError(`--min-confidence needs a number from 0 to 1 (got ${argv[k] ?? "nothing"})`);
      minConfidence = v;
    } else if (a === "--from" || a === "--to") {
      const ref = argv[++k];
      if (!ref || ref.startsWith("--")) throw new CommandError(`${a} needs a draft id or name: ${USAGE}`);
      stored[a === "--from" ? "from" : "to"] = ref;
    } else if (a.startsWith("--")) throw new CommandError(`unknown option ${a}: ${USAGE}`);
    else files.push(a);
  }
  if (stored.from || stored.to) {
    if (!stored.from || !stored.to || files.length) throw new CommandError(`give both --from and --to, and no files: ${USAGE}`);
    if (partiesFile) throw new CommandError("--parties is for files: stored drafts are aligned with the actors in the database as parties");
    return { from: stored.from, to: stored.to, json, minConfidence };
  }
  if (files.length !== 2) throw new CommandError(`expected two files, the base version and the candidate (got ${files.length}): ${USAGE}`);
  const file = (f: string): Side => ({ kind: "file", path: f, resolved: path.resolve(cwd, f) });
  return { base: file(files[0]), candidate: file(files[1]), json, partiesFile, minConfidence };
}

const sideName = (s: Side) => (s.kind === "file" ? s.path : s.name);

async function loadSide(side: Side): Promise<PointInput[]> {
  if (side.kind === "points") return side.points;
  try {
    return splitPoints(await extractFile(side.resolved ?? side.path, side.path)).points;
  } catch (e) {
    // Extraction errors name the file already; the splitter's do not.
    if (e instanceof AlignError && !e.message.includes(path.basename(side.path))) throw new AlignError(e.code, `${side.path}: ${e.message}`);
    throw e;
  }
}

async function loadParties(file: string): Promise<Party[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new CommandError(`${path.basename(file)}: cannot read the parties file (${(e as Error).message.split("\n")[0]})`);
  }
  const ok = Array.isArray(data) && data.every((p) => p && typeof p.id === "string" && Array.isArray(p.names) && p.names.every((n: unknown) => typeof n === "string" && n));
  if (!ok) throw new CommandError(`${path.basename(file)}: the parties file must be a JSON array of {"id": "...", "names": ["...", ...]}`);
  return data as Party[];
}

const short = (s: string, n: number) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function flagText(f: Flag): string {
  if (f.kind === "negation") return `negation ${f.change}`;
  return `${f.kind} ${f.from ?? "—"}→${f.to ?? "—"}`;
}

export function table(r: AlignResult): string {
  const text = (side: "base" | "candidate", labels: string[]) => labels.map((l) => r[side].points.find((p) => p.label === l)?.text ?? "").join(" / ");
  const rows: string[][] = [["kind", "conf", "base", "candidate", "flags", "base text", "candidate text"]];
  for (const l of r.links) rows.push([l.kind + (l.kind === "moved" && l.reworded ? "*" : ""), l.confidence.toFixed(2), l.base.join("+"), l.candidate.join("+"), l.flags.map(flagText).join("; ") || "", short(text("base", l.base), 40), short(text("candidate", l.candidate), 40)]);
  for (const d of r.dropped) rows.push(["dropped", "", d, "", "", short(text("base", [d]), 40), ""]);
  for (const a of r.added) rows.push(["added", "", "", a, "", "", short(text("candidate", [a]), 40)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  const moved = r.links.some((l) => l.kind === "moved" && l.reworded) ? "\n* moved and reworded" : "";
  const notes = r.warnings.length ? `\n${r.warnings.map((w) => `note: ${w}`).join("\n")}` : "";
  return lines.join("\n") + moved + notes;
}

/** Runs the command and returns what goes to standard output. */
export async function runAlign(cmd: AlignCommand): Promise<string> {
  const parties = cmd.parties ?? (cmd.partiesFile ? await loadParties(cmd.partiesFile) : []);
  const base = await loadSide(cmd.base);
  const candidate = await loadSide(cmd.candidate);
  let result: AlignResult;
  try {
    result = alignPoints(base, candidate, { parties, minConfidence: cmd.minConfidence });
  } catch (e) {
    if (e instanceof AlignError) throw new AlignError(e.code, `${sideName(cmd.base)} and ${sideName(cmd.candidate)}: ${e.message}`);
    throw e;
  }
  return cmd.json ? JSON.stringify(toContractJson(result)) : table(result);
}
