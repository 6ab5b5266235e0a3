// The evaluation corpus as cases with ground truth: the seeded real pairs (truth from the hand
// alignments in prisma/seed-data/alignments.json — read here, for the benchmark and tests,
// never by the engine), the public pairs in real/ with their hand alignments, and the
// synthetic and hard variants made by generate.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { splitPoints } from "../split";
import type { Party, PointInput } from "../types";
import { type Case, type Source, type TruthLink, variant } from "./generate";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../../..");
const read = (p: string) => readFileSync(p, "utf8");

export const PARTIES_EN: Party[] = JSON.parse(read(path.join(HERE, "parties-en.json")));
export const PARTIES_RU: Party[] = JSON.parse(read(path.join(HERE, "parties-ru.json")));
const PARTIES_UK: Party[] = [
  { id: "osce", names: ["ОБСЄ"] },
  { id: "ukraine", names: ["України", "Україна", "Україні", "Київ"] },
  { id: "russia", names: ["Російської Федерації", "Російська Федерація", "Росія", "Росії", "РФ"] },
];

type SeedPoint = { id: string; draftId: string; number: number | null; title: string; text: string | null };
type SeedDraft = { id: string; points: SeedPoint[] };
type SeedAlignment = { fromDraftId: string; toDraftId: string; fromPointId: string | null; toPointId: string | null; relation: string };

/** The seed's drafts with their points in file order (the order the loader gives them). */
function seedDrafts(): Map<string, SeedDraft> {
  const drafts: { id: string }[] = JSON.parse(read(path.join(ROOT, "prisma/seed-data/drafts.json")));
  const points: SeedPoint[] = JSON.parse(read(path.join(ROOT, "prisma/seed-data/draft-points.json")));
  return new Map(drafts.map((d) => [d.id, { id: d.id, points: points.filter((p) => p.draftId === d.id) }]));
}

const labelOf = (p: SeedPoint, k: number) => String(p.number ?? k + 1);

/** Truth links from pairwise relations: pairs joined into groups (merges and splits). */
function groupPairs(pairs: [string, string][]): TruthLink[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  for (const [b, c] of pairs) parent.set(find(`b:${b}`), find(`c:${c}`));
  const groups = new Map<string, TruthLink>();
  for (const [b, c] of pairs) {
    const root = find(`b:${b}`);
    const g = groups.get(root) ?? { base: [], candidate: [], flags: [] };
    if (!g.base.includes(b)) g.base.push(b);
    if (!g.candidate.includes(c)) g.candidate.push(c);
    groups.set(root, g);
  }
  const num = (s: string) => parseInt(s, 10);
  return [...groups.values()].map((g) => ({ ...g, base: g.base.sort((x, y) => num(x) - num(y)), candidate: g.candidate.sort((x, y) => num(x) - num(y)) }));
}

function seedCase(fromId: string, toId: string): Case {
  const drafts = seedDrafts();
  const from = drafts.get(fromId)!;
  const to = drafts.get(toId)!;
  const alignments: SeedAlignment[] = JSON.parse(read(path.join(ROOT, "prisma/seed-data/alignments.json"))).filter((a: SeedAlignment) => a.fromDraftId === fromId && a.toDraftId === toId);
  const bLabel = new Map(from.points.map((p, k) => [p.id, labelOf(p, k)]));
  const cLabel = new Map(to.points.map((p, k) => [p.id, labelOf(p, k)]));
  const pairs: [string, string][] = alignments.filter((a) => a.fromPointId && a.toPointId).map((a) => [bLabel.get(a.fromPointId!)!, cLabel.get(a.toPointId!)!]);
  const links = groupPairs(pairs);
  const linkedB = new Set(links.flatMap((l) => l.base));
  const linkedC = new Set(links.flatMap((l) => l.candidate));
  const input = (p: SeedPoint, k: number): PointInput => ({ label: labelOf(p, k), text: p.text, title: p.title });
  return {
    id: `seed:${fromId}->${toId}`,
    tier: "real",
    language: "en",
    base: from.points.map(input),
    candidate: to.points.map(input),
    parties: PARTIES_EN,
    // A base point with no recorded pairing has no counterpart among the stored candidate
    // points: "dropped" (plan20 records these; for e3_counter, which stores only the points
    // the E3 changed or kept by name, it is the only reading the stored texts allow).
    truth: { links, dropped: [...bLabel.values()].filter((l) => !linkedB.has(l)), added: [...cLabel.values()].filter((l) => !linkedC.has(l)) },
    flagsAnnotated: false,
  };
}

/** The seed's "moved"/"modified"/"unchanged" labels, for the as-labelled kind accuracy. */
export function seedRelations(fromId: string, toId: string): Map<string, string> {
  const drafts = seedDrafts();
  const from = drafts.get(fromId)!;
  const to = drafts.get(toId)!;
  const bLabel = new Map(from.points.map((p, k) => [p.id, labelOf(p, k)]));
  const cLabel = new Map(to.points.map((p, k) => [p.id, labelOf(p, k)]));
  const out = new Map<string, string>();
  const alignments: SeedAlignment[] = JSON.parse(read(path.join(ROOT, "prisma/seed-data/alignments.json")));
  for (const a of alignments) {
    if (a.fromDraftId !== fromId || a.toDraftId !== toId || !a.fromPointId || !a.toPointId) continue;
    out.set(`${bLabel.get(a.fromPointId)}>${cLabel.get(a.toPointId)}`, a.relation === "modified" ? "reworded" : a.relation);
  }
  return out;
}

type TruthFile = { links: { base: string[]; candidate: string[] }[]; dropped: string[]; added: string[] };

function publicCase(id: string, baseFile: string, candFile: string, truthFile: string, language: "en" | "ru", parties: Party[]): Case {
  const truth: TruthFile = JSON.parse(read(path.join(HERE, "real", truthFile)));
  return {
    id,
    tier: "real",
    language,
    base: splitPoints(read(path.join(HERE, "real", baseFile))).points,
    candidate: splitPoints(read(path.join(HERE, "real", candFile))).points,
    parties,
    truth: { links: truth.links.map((l) => ({ ...l, flags: [] })), dropped: truth.dropped, added: truth.added },
    flagsAnnotated: false,
  };
}

/** The seeded draft pairs whose hand alignments are the real tier's truth (first: the as-labelled check). */
export const SEEDED_PAIRS = [
  ["plan28", "plan20"],
  ["plan28", "e3_counter"],
] as const;

export function realCases(): Case[] {
  return [
    ...SEEDED_PAIRS.map(([from, to]) => seedCase(from, to)),
    publicCase("minsk-en", "minsk-protocol-en.txt", "minsk-measures-en.txt", "minsk.truth.json", "en", PARTIES_EN),
    publicCase("minsk-ru", "minsk-protocol-ru.txt", "minsk-measures-ru.txt", "minsk.truth.json", "ru", PARTIES_RU),
  ];
}

function seedSource(id: string): Source {
  const d = seedDrafts().get(id)!;
  return { id, language: "en", points: d.points.filter((p) => p.text).map((p, k) => ({ label: String(k + 1), text: p.text! })), parties: PARTIES_EN };
}
const fileSource = (id: string, file: string, language: Source["language"], parties: Party[]): Source => ({ id, language, points: splitPoints(read(path.join(HERE, file))).points, parties });

/** Development sources (thresholds and design were checked on their variants) and held-out
 * sources (only ever measured). */
export function sources(): { train: Source[]; heldout: Source[] } {
  return {
    train: [seedSource("plan28"), seedSource("plan20"), fileSource("ceasefire-terms", "sources/ceasefire-terms-en.txt", "en", PARTIES_EN)],
    heldout: [
      seedSource("e3_counter"),
      fileSource("minsk-protocol-en", "real/minsk-protocol-en.txt", "en", PARTIES_EN),
      fileSource("minsk-measures-en", "real/minsk-measures-en.txt", "en", PARTIES_EN),
      fileSource("minsk-protocol-ru", "real/minsk-protocol-ru.txt", "ru", PARTIES_RU),
      fileSource("minsk-measures-ru", "real/minsk-measures-ru.txt", "ru", PARTIES_RU),
      fileSource("minsk-protocol-uk", "sources/minsk-protocol-uk.txt", "uk", PARTIES_UK),
    ],
  };
}

/** Seeds: training variants use 1–8, held-out 101–106; the hard tier 201–206 over all sources. */
export function syntheticCases(): Case[] {
  const { train, heldout } = sources();
  return [
    ...train.flatMap((s) => [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ({ ...variant(s, seed), split: "train" as const }))),
    ...heldout.flatMap((s) => [101, 102, 103, 104, 105, 106].map((seed) => ({ ...variant(s, seed), split: "heldout" as const }))),
  ];
}

export function hardCases(): Case[] {
  const { train, heldout } = sources();
  return [...train, ...heldout].flatMap((s) => [201, 202, 203, 204].map((seed) => variant(s, seed, { hard: true })));
}

/** For fitting the confidence function (bench:align --fit): variants of the development
 * sources only, with seeds no measured case uses (301–312 plain, 321–332 hard). */
export function calibrationCases(): Case[] {
  const { train } = sources();
  const seeds = (from: number) => Array.from({ length: 12 }, (_, k) => from + k);
  return [...train.flatMap((s) => seeds(301).map((seed) => variant(s, seed))), ...train.flatMap((s) => seeds(321).map((seed) => variant(s, seed, { hard: true })))];
}
