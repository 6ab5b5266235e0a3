// Substantive changes inside a matched point: obligation words, negation, numbers, parties and
// deadlines. Each compares what the texts mean (classes of modal, counts of negation, values of
// numbers, party ids, normalised time expressions), never their spelling, so a rewording that
// keeps the meaning raises no flag.
import type { Language } from "./language";
import { extractQuantities, type Quantity } from "./numbers";
import type { PartyMatcher } from "./similarity";
import type { Flag } from "./types";

type ModalClass = "obligation" | "recommendation" | "permission" | "future";

// "will" is both a promise and a plain future: a rewording between "will" and no modal at all
// ("Ukraine will hold" → "Ukraine holds") is common and not a change, so "future" is flagged
// only when it replaces or is replaced by another modal.
const MODALS: Record<Language, [RegExp, ModalClass][]> = {
  en: [
    [/\b(shall|must)\b/giu, "obligation"],
    [/\b(should|ought to)\b/giu, "recommendation"],
    [/\b(may|can|could|might)\b/giu, "permission"],
    [/\b(will|would)\b/giu, "future"],
  ],
  ru: [
    [/(?<![\p{L}])(должен|должна|должно|должны|обязан[аоы]?|обязуется|обязуются)(?![\p{L}])/giu, "obligation"],
    [/(?<![\p{L}])(следует|рекомендуется|желательно)(?![\p{L}])/giu, "recommendation"],
    [/(?<![\p{L}])(может|могут|вправе|имеет право|имеют право)(?![\p{L}])/giu, "permission"],
    [/(?<![\p{L}])(будет|будут)(?![\p{L}])/giu, "future"],
  ],
  uk: [
    [/(?<![\p{L}])(повинен|повинна|повинно|повинні|мусить|мусять|зобов['’]язан[аоі]?|зобов['’]язується|зобов['’]язуються)(?![\p{L}])/giu, "obligation"],
    [/(?<![\p{L}])(слід|варто|рекомендується)(?![\p{L}])/giu, "recommendation"],
    [/(?<![\p{L}])(може|можуть|вправі|має право|мають право)(?![\p{L}])/giu, "permission"],
    [/(?<![\p{L}])(буде|будуть)(?![\p{L}])/giu, "future"],
  ],
};

function modals(text: string, language: Language): { word: string; cls: ModalClass }[] {
  const out: { word: string; cls: ModalClass; at: number }[] = [];
  for (const [re, cls] of MODALS[language]) for (const m of text.matchAll(re)) out.push({ word: m[0].toLowerCase(), cls, at: m.index });
  // "may" as a month ("by 1 May") is not a modal.
  return out.filter((m) => !(m.word === "may" && /\d\s*$/.test(text.slice(0, m.at)))).sort((a, b) => a.at - b.at);
}

function modalFlags(a: string, b: string, language: Language): Flag[] {
  const ma = modals(a, language);
  const mb = modals(b, language);
  const classes = (ms: { cls: ModalClass }[]) => new Set(ms.map((m) => m.cls));
  const ca = classes(ma);
  const cb = classes(mb);
  const gone = ma.filter((m) => !cb.has(m.cls));
  const come = mb.filter((m) => !ca.has(m.cls));
  const flags: Flag[] = [];
  const n = Math.max(gone.length ? 1 : 0, come.length ? 1 : 0);
  if (!n) return flags;
  const from = gone[0]?.word ?? null;
  const to = come[0]?.word ?? null;
  // A lone "will" appearing or disappearing is tense, not force (see above).
  const onlyFuture = (from === null && come.every((m) => m.cls === "future")) || (to === null && gone.every((m) => m.cls === "future"));
  if (!onlyFuture) flags.push({ kind: "modal", from, to });
  return flags;
}

// Fixed phrases that contain a negation word but state a limit, not a negation.
const NOT_NEGATION: Record<Language, RegExp> = {
  en: /\b(no|not) (later|earlier|less|more|fewer|sooner) than\b|\bnot only\b/giu,
  ru: /(?<![\p{L}])не (позднее|позже|ранее|менее|более|меньше|больше|только)(?![\p{L}])/giu,
  uk: /(?<![\p{L}])не (пізніше|раніше|менше|більше|лише|тільки)(?![\p{L}])/giu,
};
const NEGATION: Record<Language, RegExp> = {
  en: /\b(not|no|never|neither|nor|none|without|cannot)\b|n't\b/giu,
  ru: /(?<![\p{L}])(не|нет|ни|никогда|без)(?![\p{L}])/giu,
  uk: /(?<![\p{L}])(не|ні|немає|ніколи|без)(?![\p{L}])/giu,
};

function negations(text: string, language: Language): string[] {
  const stripped = text.replace(NOT_NEGATION[language], " ");
  return [...stripped.matchAll(NEGATION[language])].map((m) => m[0].toLowerCase());
}

function negationFlags(a: string, b: string, language: Language): Flag[] {
  const na = negations(a, language);
  const nb = negations(b, language);
  if (na.length === nb.length) return [];
  return [{ kind: "negation", change: nb.length > na.length ? "added" : "removed", from: na.join(" ") || null, to: nb.join(" ") || null }];
}

const key = (q: Quantity) => `${q.unit}:${Math.round(q.value * 1000) / 1000}`;

/** Values only one side has. Pairs them by unit: "600,000" → "800,000". */
function numberFlags(a: string, b: string, language: Language): Flag[] {
  const qa = extractQuantities(a, language);
  const qb = extractQuantities(b, language);
  const left = [...qa];
  const right: Quantity[] = [];
  for (const q of qb) {
    const i = left.findIndex((x) => key(x) === key(q));
    if (i >= 0) left.splice(i, 1);
    else right.push(q);
  }
  const flags: Flag[] = [];
  for (const q of left) {
    const j = right.findIndex((r) => r.unit === q.unit);
    const to = j >= 0 ? right.splice(j, 1)[0].raw : null;
    flags.push({ kind: "number", from: q.raw, to });
  }
  for (const r of right) flags.push({ kind: "number", from: null, to: r.raw });
  return flags;
}

function partyFlags(a: string, b: string, parties: PartyMatcher): Flag[] {
  const pa = parties.find(a);
  const pb = parties.find(b);
  const ida = new Set(pa.map((p) => p.id));
  const idb = new Set(pb.map((p) => p.id));
  const gone = [...new Map(pa.filter((p) => !idb.has(p.id)).map((p) => [p.id, p.name])).values()];
  const come = [...new Map(pb.filter((p) => !ida.has(p.id)).map((p) => [p.id, p.name])).values()];
  const flags: Flag[] = [];
  for (let i = 0; i < Math.max(gone.length, come.length); i++) flags.push({ kind: "party", from: gone[i] ?? null, to: come[i] ?? null });
  return flags;
}

type Deadline = { key: string; raw: string };

// Spans of time ("within 100 days"), words for "now" and "upon signing"; dates and day numbers
// become deadlines when a preposition of time stands before them (see deadlines()).
const SPANS: Record<Language, RegExp> = {
  en: /\b(within|in the next|in|for)\s+((?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?|hours?))\b/giu,
  ru: /(?<![\p{L}])(в течение|в срок|за)\s+((?:[\p{L}\d-]+\s+){0,2}?(?:дней|дня|день|суток|недел[ьиюя]|месяц[аев]*|лет|года?))(?![\p{L}])/giu,
  uk: /(?<![\p{L}])(протягом|впродовж|за)\s+((?:[\p{L}\d'-]+\s+){0,2}?(?:днів|дні|день|діб|тижн\p{L}*|місяц\p{L}*|рок\p{L}*|років))(?![\p{L}])/giu,
};
const NOW: Record<Language, RegExp> = {
  en: /\b(immediately|without delay|forthwith|at once|promptly|as soon as possible|as soon as practicable)\b/giu,
  ru: /(?<![\p{L}])(незамедлительн\p{L}*|немедленн\p{L}*|безотлагательн\p{L}*|в кратчайшие сроки|как можно скорее)(?![\p{L}])/giu,
  uk: /(?<![\p{L}])(негайн\p{L}*|невідкладн\p{L}*|якнайшвидше|якомога швидше)(?![\p{L}])/giu,
};
const UPON: Record<Language, RegExp> = {
  en: /\b(upon|on|after|following)\s+(signature|signing|ratification|entry into force|the signing)\b/giu,
  ru: /(?<![\p{L}])(после|с момента|со дня)\s+(подписания|ратификации|вступления в силу)(?![\p{L}])/giu,
  uk: /(?<![\p{L}])(після|з моменту|з дня)\s+(підписання|ратифікації|набрання чинності)(?![\p{L}])/giu,
};
// The preposition before a date, a year or a day number that makes it a deadline.
const BEFORE_DATE: Record<Language, RegExp> = {
  en: /\b(no later than|not later than|by|before|until|till|from|as of|starting|on|after)\s+(?:the\s+)?(?:(?:end|start|beginning) of\s+)?(?:day\s+)?$/iu,
  ru: /(?<![\p{L}])(не позднее|до|к|с|начиная с|от|после)\s+(?:конца\s+|начала\s+)?(?:дня\s+)?$/iu,
  uk: /(?<![\p{L}])(не пізніше|до|з|починаючи з|від|після)\s+(?:кінця\s+|початку\s+)?(?:дня\s+)?$/iu,
};

function deadlines(text: string, language: Language): Deadline[] {
  const out: (Deadline & { at: number; end: number })[] = [];
  const push = (key: string, raw: string, at: number) => {
    const end = at + raw.length;
    if (!out.some((d) => at < d.end && end > d.at)) out.push({ key, raw, at, end });
  };
  for (const m of text.matchAll(SPANS[language])) {
    // Compare the value of a time span, not its words: "within 100 days" = "within a hundred days".
    const q = extractQuantities(m[2], language).filter((x) => x.unit === "days" || x.unit === "hour");
    if (q.length) push(`within:${q.map((x) => `${x.unit}:${x.value}`).join(",")}`, m[0], m.index);
  }
  for (const m of text.matchAll(NOW[language])) push("now", m[0], m.index);
  for (const m of text.matchAll(UPON[language])) push(`upon:${m[2].toLowerCase().replace(/^the /, "").replace("signature", "signing")}`, m[0], m.index);
  for (const q of extractQuantities(text, language)) {
    const head = text.slice(Math.max(0, q.start - 40), q.start);
    const isDay = /(day|дня|день)\s+$/iu.test(head);
    if (q.unit !== "date" && q.unit !== "year" && !isDay) continue;
    const m = BEFORE_DATE[language].exec(head);
    if (!m) continue;
    const at = q.start - (head.length - m.index);
    push(`by:${q.unit}:${q.value}`, text.slice(at, q.end), at);
  }
  return out.sort((a, b) => a.at - b.at);
}

function deadlineFlags(a: string, b: string, language: Language): Flag[] {
  const da = deadlines(a, language);
  const db = deadlines(b, language);
  const kb = new Set(db.map((d) => d.key));
  const ka = new Set(da.map((d) => d.key));
  const gone = da.filter((d) => !kb.has(d.key));
  const come = db.filter((d) => !ka.has(d.key));
  const flags: Flag[] = [];
  for (let i = 0; i < Math.max(gone.length, come.length); i++) flags.push({ kind: "deadline", from: gone[i]?.raw ?? null, to: come[i]?.raw ?? null });
  return flags;
}

export function changeFlags(base: string, candidate: string, language: Language, parties: PartyMatcher): Flag[] {
  return [
    ...modalFlags(base, candidate, language),
    ...negationFlags(base, candidate, language),
    ...numberFlags(base, candidate, language),
    ...partyFlags(base, candidate, parties),
    ...deadlineFlags(base, candidate, language),
  ];
}
