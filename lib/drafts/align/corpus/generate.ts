// Synthetic evaluation pairs with exact ground truth, from numbered source texts and a seeded
// PRNG: the same seed always gives the same pairs. Each variant drops, inserts, reorders,
// merges and splits points, rewords at least 30 % of the words of a reworded point (synonyms
// from the hand-written lists below, clause reordering, active → passive), and changes modals,
// numbers, negation, parties and deadlines, recording the flags each change must raise.
// The HARD tier adds what misleads a word matcher: aliases, numbers in words or other units,
// a new point built from a dropped point's vocabulary, near-duplicates of which one survives,
// and split parts placed far apart.
//
// The synonym lists here are the generator's own and are never read by the engine.
import type { Language } from "../language";
import type { Party, PointInput } from "../types";

export type FlagKind = "modal" | "negation" | "number" | "party" | "deadline";
export type TruthLink = { base: string[]; candidate: string[]; flags: FlagKind[] };
export type Truth = { links: TruthLink[]; dropped: string[]; added: string[] };
export type Case = {
  id: string;
  tier: "real" | "synthetic" | "hard";
  split?: "train" | "heldout";
  language: Language;
  base: PointInput[];
  candidate: PointInput[];
  parties: Party[];
  truth: Truth;
  /** Whether the truth lists the flags each link must raise. */
  flagsAnnotated: boolean;
};

export type Source = { id: string; language: Language; points: { label: string; text: string }[]; parties: Party[] };

/** mulberry32: small, fast, good enough for shuffling test data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick<T>(xs: T[]): T {
      return xs[Math.floor(next() * xs.length)];
    },
    shuffle<T>(xs: T[]): T[] {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}
type Rng = ReturnType<typeof prng>;

// Rewording vocabulary: words of treaty and plan texts and a same-meaning substitute.
const SYNONYMS: Record<Language, [string, string][]> = {
  en: [
    ["withdraw", "pull back"], ["withdrawal", "pullback"], ["troops", "forces"], ["forces", "troops"], ["limit", "cap"],
    ["limited", "capped"], ["ensure", "guarantee"], ["guarantees", "assurances"], ["agreement", "accord"], ["treaty", "pact"],
    ["immediate", "instant"], ["release", "free"], ["hostages", "captives"], ["detained", "held"], ["persons", "people"],
    ["measures", "steps"], ["improve", "better"], ["situation", "conditions"], ["elections", "polls"], ["local", "municipal"],
    ["programme", "plan"], ["economic", "financial"], ["recovery", "revival"], ["reconstruction", "rebuilding"], ["rebuild", "reconstruct"],
    ["security", "safety"], ["participants", "attendees"], ["border", "frontier"], ["monitoring", "observation"], ["verification", "checking"],
    ["creation", "establishment"], ["established", "set up"], ["regions", "areas"], ["region", "area"], ["law", "statute"],
    ["adopt", "pass"], ["adoption", "passage"], ["prosecution", "indictment"], ["punishment", "penalty"], ["events", "incidents"],
    ["dialogue", "talks"], ["continue", "carry on"], ["humanitarian", "relief"], ["illegal", "unlawful"], ["armed", "military"],
    ["equipment", "hardware"], ["fighters", "combatants"], ["mercenaries", "hired soldiers"], ["personal", "individual"], ["provide", "supply"],
    ["sovereignty", "independence"], ["confirmed", "affirmed"], ["reaffirmed", "restated"], ["comprehensive", "complete"], ["conclude", "sign"],
    ["regarded", "considered"], ["closed", "settled"], ["expected", "required"], ["neighbouring", "adjacent"], ["states", "countries"],
    ["expanding", "enlarging"], ["mediates", "brokers"], ["reduce", "lower"], ["tensions", "frictions"], ["cooperation", "collaboration"],
    ["receive", "obtain"], ["reliable", "dependable"], ["personnel", "staff"], ["membership", "accession"], ["amends", "changes"],
    ["permanently", "for good"], ["deploy", "station"], ["territory", "soil"], ["aircraft", "planes"], ["based", "stationed"],
    ["compensated", "paid"], ["void", "null"], ["invades", "attacks"], ["response", "reaction"], ["reinstatement", "restoration"],
    ["sanctions", "penalties"], ["benefits", "advantages"], ["market", "marketplace"], ["fund", "facility"], ["sectors", "industries"],
    ["pipelines", "pipes"], ["storage", "depots"], ["damaged", "harmed"], ["infrastructure", "facilities"], ["resources", "assets"],
    ["removed", "lifted"], ["stages", "phases"], ["partnership", "alliance"], ["invited", "asked"], ["rejoin", "return to"],
    ["frozen", "blocked"], ["profits", "earnings"], ["released", "unfrozen"], ["separate", "distinct"], ["vehicle", "instrument"],
    ["joint", "common"], ["encourage", "promote"], ["compliance", "adherence"], ["provision", "clause"], ["prolong", "extend"],
    ["commits", "pledges"], ["remaining", "staying"], ["operation", "service"], ["oversight", "supervision"], ["electricity", "power"],
    ["divided", "split"], ["equally", "evenly"], ["promote", "foster"], ["tolerance", "acceptance"], ["counter", "combat"],
    ["protection", "safeguarding"], ["minorities", "minority groups"], ["discriminatory", "biased"], ["banned", "prohibited"], ["recognised", "acknowledged"],
    ["occupies", "holds"], ["leave", "quit"], ["demilitarised", "disarmed"], ["undertake", "promise"], ["overturn", "reverse"],
    ["commerce", "trade"], ["hindrance", "obstruction"], ["shipments", "cargoes"], ["arrangements", "terms"], ["committee", "commission"],
    ["outstanding", "unresolved"], ["exchange", "swap"], ["return", "come back"], ["civilian", "non-combatant"], ["children", "minors"],
    ["victims", "those affected"], ["holds", "organises"], ["counted", "reckoned"], ["amnesty", "pardon"], ["claims", "demands"],
    ["binding", "obligatory"], ["oversees", "supervises"], ["violations", "breaches"], ["ceasefire", "truce"], ["hostilities", "fighting"],
    ["maintain", "uphold"], ["entire", "whole"], ["heavy", "large-calibre"], ["weapons", "arms"], ["verify", "check"],
    ["patrols", "sweeps"], ["prisoners", "detainees"], ["basis", "footing"], ["corridors", "routes"], ["delivery", "supply"],
    ["aid", "assistance"], ["allow", "permit"], ["organisations", "bodies"], ["access", "entry"], ["affected", "hit"],
    ["centre", "hub"], ["handle", "deal with"], ["reported", "notified"], ["cleared", "removed"], ["settlements", "villages"],
    ["resume", "restart"], ["negotiations", "talks"], ["settlement", "solution"], ["displaced", "uprooted"], ["homes", "houses"],
    ["restored", "re-established"], ["payments", "transfers"], ["enters", "comes"], ["remains", "stays"], ["reached", "achieved"],
  ],
  ru: [
    ["обеспечить", "гарантировать"], ["незамедлительное", "немедленное"], ["прекращение", "остановку"], ["мониторинг", "наблюдение"],
    ["провести", "осуществить"], ["принятия", "утверждения"], ["постоянно", "непрерывно"], ["освободить", "отпустить"],
    ["заложников", "пленников"], ["лиц", "людей"], ["принять", "утвердить"], ["преследования", "уголовного преследования"],
    ["событиями", "происшествиями"], ["продолжить", "продлить"], ["диалог", "разговор"], ["меры", "шаги"], ["улучшению", "исправлению"],
    ["ситуации", "положения"], ["проведение", "организацию"], ["выборов", "голосования"], ["вывести", "убрать"],
    ["вооруженные", "военные"], ["технику", "вооружение"], ["боевиков", "комбатантов"], ["наемников", "наймитов"],
    ["программу", "план"], ["возрождения", "восстановления"], ["предоставить", "дать"], ["гарантии", "обязательства"],
    ["участников", "членов"], ["отвод", "вывод"], ["тяжелых", "крупнокалиберных"], ["создания", "формирования"],
    ["безопасности", "защищенности"], ["помощи", "поддержки"], ["связей", "отношений"], ["восстановление", "возобновление"],
    ["контроля", "управления"], ["границей", "рубежом"], ["реформы", "преобразования"], ["деятельность", "работу"],
  ],
  uk: [
    ["забезпечити", "гарантувати"], ["негайне", "невідкладне"], ["припинення", "зупинення"], ["моніторинг", "спостереження"],
    ["провести", "здійснити"], ["ухвалення", "прийняття"], ["постійний", "безперервний"], ["звільнити", "відпустити"],
    ["заручників", "бранців"], ["осіб", "людей"], ["ухвалити", "прийняти"], ["переслідування", "кримінального переслідування"],
    ["подіями", "випадками"], ["продовжити", "подовжити"], ["діалог", "розмову"], ["заходів", "кроків"], ["поліпшення", "покращення"],
    ["ситуації", "становища"], ["проведення", "організацію"], ["виборів", "голосування"], ["вивести", "прибрати"],
    ["збройні", "військові"], ["техніку", "озброєння"], ["бойовиків", "комбатантів"], ["найманців", "найманих вояків"],
    ["програму", "план"], ["відродження", "відбудови"], ["надати", "дати"], ["гарантії", "зобов'язання"], ["учасникам", "членам"],
    ["кордоні", "рубежі"], ["створенням", "утворенням"], ["безпеки", "захищеності"], ["районах", "територіях"],
  ],
};

const NEW_POINTS: Record<Language, string[]> = {
  en: [
    "A joint commission on water resources meets every quarter to agree on the use of shared rivers and reservoirs.",
    "The parties set up a cultural heritage fund to restore museums, libraries and places of worship damaged by the war.",
    "A hotline between the two general staffs operates around the clock to prevent incidents at sea and in the air.",
    "Foreign journalists receive accreditation to report from every region without prior censorship.",
    "An independent ombudsman hears complaints from residents about property lost during the conflict.",
    "The parties exchange maps of minefields and share data on missing persons through the Red Cross.",
    "Railway and road links across the former front line reopen for passengers and freight.",
    "A donor conference convened by the United Nations pledges funds for schools and hospitals.",
  ],
  ru: [
    "Создать совместную комиссию по водным ресурсам, которая ежеквартально согласует использование общих рек.",
    "Учредить фонд культурного наследия для восстановления музеев, библиотек и храмов.",
    "Открыть круглосуточную линию связи между генеральными штабами для предотвращения инцидентов.",
    "Восстановить железнодорожное и автомобильное сообщение через бывшую линию фронта.",
  ],
  uk: [
    "Створити спільну комісію з водних ресурсів, яка щокварталу погоджує використання спільних річок.",
    "Заснувати фонд культурної спадщини для відновлення музеїв, бібліотек і храмів.",
    "Відкрити цілодобову лінію зв'язку між генеральними штабами для запобігання інцидентам.",
    "Відновити залізничне та автомобільне сполучення через колишню лінію фронту.",
  ],
};

const MODAL_SWAPS: Record<Language, [RegExp, string][]> = {
  en: [
    [/\bshall\b/, "should"], [/\bmust\b/, "may"], [/\bshould\b/, "shall"], [/\bmay\b/, "must"], [/\bwill\b/, "may"], [/\bcan\b/, "must"],
  ],
  ru: [[/\bдолжен\b/u, "может"], [/(?<![\p{L}])должны(?![\p{L}])/u, "могут"], [/(?<![\p{L}])будет(?![\p{L}])/u, "может"]],
  uk: [[/(?<![\p{L}])повинні(?![\p{L}])/u, "можуть"], [/(?<![\p{L}])буде(?![\p{L}])/u, "може"]],
};

const PASSIVE: Record<string, string> = {
  withdraw: "withdrawn", hold: "held", take: "taken", give: "given", set: "set", keep: "kept", make: "made", bring: "brought",
  draw: "drawn", lead: "led", pay: "paid", run: "run", send: "sent", build: "built", grant: "granted",
};
const participle = (v: string) => PASSIVE[v] ?? (v.endsWith("e") ? `${v}d` : /[^aeiou][aeiou][bdgmnprt]$/.test(v) && v.length <= 4 ? `${v}${v.at(-1)}ed` : v.endsWith("y") && !/[aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`);

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the words of `a` that no longer appear in `b` (as a multiset). */
export function changedShare(a: string, b: string): number {
  const wa = words(a.toLowerCase());
  const pool = new Map<string, number>();
  for (const w of words(b.toLowerCase())) pool.set(w, (pool.get(w) ?? 0) + 1);
  let kept = 0;
  for (const w of wa) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      kept++;
      pool.set(w, n - 1);
    }
  }
  return wa.length ? 1 - kept / wa.length : 0;
}

const keepCase = (orig: string, rep: string) => (/^\p{Lu}/u.test(orig) ? rep[0].toUpperCase() + rep.slice(1) : rep);

/** Same meaning, other words: synonyms, clause order, voice. Numbers, modals, negations and
 * names are left as they are, so a rewording must raise no flag. */
export function reword(text: string, language: Language, rng: Rng, target = 0.3): string {
  let out = text;
  const syn = rng.shuffle(SYNONYMS[language]);
  // Clause reordering: "A; B" → "B; A".
  const clauses = out.split(/;\s+/);
  if (clauses.length > 1 && rng.chance(0.6)) {
    const last = clauses.length - 1;
    const body = clauses.map((c, k) => (k === last ? c.replace(/\.$/, "") : c));
    [body[0], body[last]] = [body[last], body[0]];
    out = body.map((c, k) => (k === 0 ? keepCase("A", c) : c.charAt(0).toLowerCase() + c.slice(1))).join("; ") + ".";
  }
  // Active → passive on "X shall/will/must V the Y".
  if (language === "en" && rng.chance(0.5)) {
    out = out.replace(/^([A-Z][\w' -]{2,40}?) (shall|will|must|may) ([a-z]+) (the|all|its|their|a) ([^.;,]{3,80})([.;,])/, (_m, subj: string, modal: string, verb: string, det: string, obj: string, end: string) => {
      if (/^(be|not|have|also)$/.test(verb)) return _m;
      return `${keepCase("A", `${det} ${obj}`)} ${modal} be ${participle(verb)} by ${subj.replace(/^The /, "the ")}${end}`;
    });
  }
  for (const [from, to] of syn) {
    if (changedShare(text, out) >= target + 0.05) break;
    // Lower-case occurrences only (and the first word): "states" is a word, "United States" a name.
    const re = new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, "gu");
    const first = new RegExp(`^${keepCase("A", from)}(?![\\p{L}])`, "u");
    if (!re.test(out) && !first.test(out)) continue;
    out = out.replace(re, to).replace(first, keepCase("A", to));
  }
  return out;
}

// Numbers with a unit the generator can change; a changed number inside "within N days" also
// changes the deadline.
const NUMBER_RE = /\b(\d{1,3}(?:,\d{3})+|\d+)(\s*(?:%|km|days|months|years|hours|personnel))?/;

function changeNumber(text: string, rng: Rng): { text: string; flags: FlagKind[] } | null {
  const m = NUMBER_RE.exec(text);
  if (!m) return null;
  const value = parseInt(m[1].replace(/,/g, ""), 10);
  if (value >= 1900 && value <= 2100) return null;
  const factor = rng.pick([0.5, 0.75, 1.5, 2]);
  const next = Math.max(1, Math.round(value * factor));
  if (next === value) return null;
  const written = m[1].includes(",") ? next.toLocaleString("en-US") : String(next);
  const before = text.slice(0, m.index);
  // A number inside a time expression ("within 100 days", "on 27 Dec", "from day 1") is a
  // deadline change too; a dated reference ("the memorandum of 19 September") is not.
  const deadline =
    (/\b(within|in)\s+$/i.test(before) && /days|months|years|hours/.test(m[2] ?? "")) ||
    /\b(day|on|by|from|as of|until|before)\s+$/i.test(before);
  return { text: before + written + text.slice(m.index + m[1].length), flags: deadline ? ["number", "deadline"] : ["number"] };
}

function changeModal(text: string, language: Language): string | null {
  for (const [re, to] of MODAL_SWAPS[language]) if (re.test(text)) return text.replace(re, to);
  return null;
}

function changeNegation(text: string, language: Language): string | null {
  if (language === "en") {
    if (/\b(shall|will|must|may|does|do|is|are) not\b/.test(text)) return text.replace(/\b(shall|will|must|may|does|do|is|are) not\b/, "$1");
    if (/\b(shall|will|must|may|is|are)\b/.test(text)) return text.replace(/\b(shall|will|must|may|is|are)\b/, "$1 not");
    return null;
  }
  // "не позднее" / "не пізніше" state a limit, not a negation: leave them.
  const ne = /(?<![\p{L}])не (?!позднее|позже|менее|более|пізніше|менше|більше)(?=\p{L})/u;
  if (ne.test(text)) return text.replace(ne, "");
  const verb = /(?<![\p{L}])(Обеспечить|Принять|Провести|Вывести|Продолжить|Предоставить|Забезпечити|Ухвалити|Провести|Вивести|Продовжити|Надати)(?![\p{L}])/u;
  if (verb.test(text)) return text.replace(verb, (v) => `Не ${v.toLowerCase()}`);
  return null;
}

/** Replaces one party by another (a real change: flag "party"). */
function changeParty(text: string, parties: Party[], rng: Rng): string | null {
  const present = parties.filter((p) => p.names.some((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u").test(text)));
  if (!present.length) return null;
  const from = rng.pick(present);
  const others = parties.filter((p) => !present.includes(p));
  if (!others.length) return null;
  const to = rng.pick(others);
  const name = from.names.find((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u").test(text))!;
  return text.replace(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "gu"), to.names[0]);
}

/** Names another way: an alias of the same party (no change). */
function aliasParties(text: string, parties: Party[], rng: Rng): string {
  let out = text;
  for (const p of parties) {
    for (const n of p.names) {
      const re = new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "gu");
      if (re.test(out)) {
        const alias = rng.pick(p.names.filter((x) => x !== n && !x.startsWith(n) && !n.startsWith(x)));
        if (alias) out = out.replace(re, alias);
        break;
      }
    }
  }
  return out;
}

const ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
function inWords(n: number): string {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : "");
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${inWords(n % 100)}` : ""}`;
  if (n < 1e6) return `${inWords(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${inWords(n % 1000)}` : ""}`;
  return `${inWords(Math.floor(n / 1e6))} million${n % 1e6 ? ` ${inWords(n % 1e6)}` : ""}`;
}

/** Same value, other spelling: "600,000" → "six hundred thousand", "14 days" → "two weeks". */
function respellNumbers(text: string): string {
  return text
    .replace(/\b(\d+) days\b/g, (m, d: string) => (parseInt(d, 10) % 7 === 0 ? `${inWords(parseInt(d, 10) / 7)} weeks` : m))
    .replace(/\b(\d{1,3}(?:,\d{3})+|\d{2,3})\b(?!\s*(?:km|mm|%))/g, (m, d: string) => {
      const v = parseInt(d.replace(/,/g, ""), 10);
      // Years stay digits; "00" in "00:00" is a clock, not a quantity.
      return (v >= 1900 && v <= 2100) || v < 2 ? m : inWords(v);
    });
}

const CONTENT_STOP = new Set("the and for with from that this into their shall will must may also each which such these other been have were upon under about between".split(" "));

/** A new point that reuses the nouns of `text` but says something else. */
function lookalike(text: string, language: Language, rng: Rng): string {
  const content = [...new Set(words(text).filter((w) => w.length > 4 && !CONTENT_STOP.has(w.toLowerCase()) && !/^\d/.test(w)))];
  const picked = rng.shuffle(content).slice(0, Math.max(3, Math.ceil(content.length * 0.5)));
  if (language === "en") {
    const frames = [
      (w: string[]) => `Questions of ${w.slice(0, 2).join(" and ")} are left out of this document; a separate working group studies ${w.slice(2).join(", ")} and reports next year.`,
      (w: string[]) => `No party may invoke ${w.slice(0, 2).join(" or ")} to delay the exchange of information on ${w.slice(2).join(", ")}.`,
      (w: string[]) => `Historians from both sides jointly write a report on ${w.join(", ")} in the twentieth century.`,
    ];
    return rng.pick(frames)(picked);
  }
  return language === "ru" ? `Вопросы, касающиеся: ${picked.join(", ")}, изучает отдельная рабочая группа историков.` : `Питання щодо: ${picked.join(", ")}, вивчає окрема робоча група істориків.`;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=\p{Lu})/u).filter((s) => s.trim());
}

type Draft = { text: string; from: number[]; flags: Set<FlagKind>; label?: string };

export type VariantOptions = { hard?: boolean };

/** One synthetic pair from one source text. */
export function variant(source: Source, seed: number, options: VariantOptions = {}): Case {
  const rng = prng(seed);
  const language = source.language;
  const n = source.points.length;
  const idx = [...Array(n).keys()];
  const baseTexts = source.points.map((p) => p.text);

  // Near-duplicates (hard): a copy of one point with one detail changed goes into the base
  // right after it; the candidate keeps only the original.
  const baseList: { text: string; label: string }[] = baseTexts.map((t, i) => ({ text: t, label: String(i + 1) }));
  let nearDup: number | null = null;
  if (options.hard) {
    const withNumber = idx.filter((i) => NUMBER_RE.test(baseTexts[i]) || source.parties.some((p) => p.names.some((nm) => baseTexts[i].includes(nm))));
    if (withNumber.length) {
      const k = rng.pick(withNumber);
      const changed = changeNumber(baseTexts[k], rng)?.text ?? changeParty(baseTexts[k], source.parties, rng);
      if (changed && changed !== baseTexts[k]) {
        baseList.splice(k + 1, 0, { text: changed, label: `${k + 1}a` });
        nearDup = k + 1;
      }
    }
  }
  const B = baseList.length;
  const order = [...Array(B).keys()];

  const roles = new Map<number, "drop" | "merge" | "split" | "keep">();
  for (const i of order) roles.set(i, "keep");
  if (nearDup !== null) roles.set(nearDup, "drop");
  const free = () => order.filter((i) => roles.get(i) === "keep" && i !== nearDup && i !== (nearDup ?? 0) - 1);
  const dropCount = Math.max(1, Math.round(B * (0.08 + rng.next() * 0.08)));
  for (const i of rng.shuffle(free()).slice(0, dropCount)) roles.set(i, "drop");
  const mergePairs: [number, number][] = [];
  for (let k = 0; k < 1 + rng.int(2); k++) {
    const f = free();
    if (f.length < 4) break;
    const a = rng.pick(f);
    const b = rng.chance(0.5) && f.includes(a + 1) ? a + 1 : rng.pick(f.filter((x) => x !== a));
    roles.set(a, "merge");
    roles.set(b, "merge");
    mergePairs.push([a, b]);
  }
  const splits: number[] = [];
  for (let k = 0; k < 1 + rng.int(2); k++) {
    const f = free().filter((i) => sentences(baseList[i].text).length >= 2 || baseList[i].text.includes("; "));
    if (!f.length) break;
    const s = rng.pick(f);
    roles.set(s, "split");
    splits.push(s);
  }

  const drafts: Draft[] = [];
  const flagsFor = new Map<number, Set<FlagKind>>();
  const mutate = (text: string, origin: number[]): Draft => {
    const flags = new Set<FlagKind>();
    let t = text;
    const r = rng.next();
    if (r < 0.5) t = reword(t, language, rng);
    else if (r < 0.62) {
      // unchanged
    } else t = reword(t, language, rng, 0.15);
    if (rng.chance(0.18)) {
      const m = changeModal(t, language);
      if (m) {
        t = m;
        flags.add("modal");
      }
    }
    if (rng.chance(0.15)) {
      const m = language === "en" ? changeNumber(t, rng) : null;
      if (m) {
        t = m.text;
        m.flags.forEach((f) => flags.add(f));
      }
    }
    if (rng.chance(0.12)) {
      const m = changeNegation(t, language);
      if (m) {
        t = m;
        flags.add("negation");
      }
    }
    if (rng.chance(0.1) && source.parties.length > 1) {
      const m = changeParty(t, source.parties, rng);
      if (m && m !== t) {
        t = m;
        flags.add("party");
      }
    }
    if (options.hard) {
      if (rng.chance(0.6)) t = aliasParties(t, source.parties, rng);
      if (language === "en" && rng.chance(0.5) && !flags.has("number")) t = respellNumbers(t);
    }
    return { text: t, from: origin, flags };
  };

  for (const i of order) {
    const role = roles.get(i);
    if (role === "keep") drafts.push(mutate(baseList[i].text, [i]));
  }
  for (const [a, b] of mergePairs) {
    const d = mutate(`${baseList[a].text} ${baseList[b].text}`, [a, b].sort((x, y) => x - y));
    drafts.push(d);
  }
  for (const s of splits) {
    let parts = sentences(baseList[s].text);
    if (parts.length < 2) parts = baseList[s].text.split(/;\s+/).map((p, k, all) => (k < all.length - 1 ? `${p}.` : p));
    const cut = Math.max(1, Math.floor(parts.length / 2));
    const pieces = [parts.slice(0, cut).join(" "), parts.slice(cut).join(" ")].map((p) => p.charAt(0).toUpperCase() + p.slice(1));
    const group = pieces.map((p) => ({ ...mutate(p, [s]), splitOf: s }));
    const flags = new Set<FlagKind>(group.flatMap((g) => [...g.flags]));
    flagsFor.set(s, flags);
    for (const g of group) drafts.push({ text: g.text, from: [s], flags });
  }
  // New points: from the pool, and (hard) one built from a dropped point's words.
  const extra = rng.shuffle(NEW_POINTS[language]).slice(0, 1 + rng.int(2));
  for (const t of extra) drafts.push({ text: t, from: [], flags: new Set() });
  if (options.hard) {
    const dropped = order.filter((i) => roles.get(i) === "drop" && i !== nearDup);
    if (dropped.length) drafts.push({ text: lookalike(baseList[rng.pick(dropped)].text, language, rng), from: [], flags: new Set() });
  }

  // Candidate order: mostly the base order, with a few points moved; split parts in the hard
  // tier go to the two ends.
  const anchor = (d: Draft) => (d.from.length ? Math.min(...d.from) : rng.int(B));
  let ordered = [...drafts].sort((a, b) => anchor(a) - anchor(b));
  const moves = 1 + rng.int(3);
  for (let k = 0; k < moves; k++) {
    const from = rng.int(ordered.length);
    const [d] = ordered.splice(from, 1);
    ordered.splice(rng.int(ordered.length + 1), 0, d);
  }
  if (options.hard) {
    for (const s of splits) {
      const parts = ordered.filter((d) => d.from.length === 1 && d.from[0] === s && splits.includes(s));
      if (parts.length === 2) {
        ordered = ordered.filter((d) => !parts.includes(d));
        ordered.unshift(parts[0]);
        ordered.push(parts[1]);
      }
    }
  }
  ordered.forEach((d, k) => (d.label = String(k + 1)));

  const label = (i: number) => baseList[i].label;
  const links: TruthLink[] = [];
  const byOrigin = new Map<string, Draft[]>();
  for (const d of ordered) if (d.from.length) byOrigin.set(d.from.join(","), [...(byOrigin.get(d.from.join(",")) ?? []), d]);
  for (const [, ds] of byOrigin) {
    const from = ds[0].from;
    const flags = new Set<FlagKind>(ds.flatMap((d) => [...d.flags]));
    links.push({ base: from.map(label), candidate: ds.map((d) => d.label!).sort((a, b) => parseInt(a, 10) - parseInt(b, 10)), flags: [...flags].sort() });
  }
  links.sort((a, b) => baseList.findIndex((x) => x.label === a.base[0]) - baseList.findIndex((x) => x.label === b.base[0]));
  return {
    id: `${source.id}#${seed}${options.hard ? "-hard" : ""}`,
    tier: options.hard ? "hard" : "synthetic",
    language,
    base: baseList.map((p) => ({ label: p.label, text: p.text })),
    candidate: ordered.map((d) => ({ label: d.label!, text: d.text })),
    parties: source.parties,
    truth: {
      links,
      dropped: order.filter((i) => roles.get(i) === "drop").map(label),
      added: ordered.filter((d) => !d.from.length).map((d) => d.label!),
    },
    flagsAnnotated: true,
  };
}

/** A long treaty (for the speed benchmark): `articles` articles built from the source texts'
 * sentences, and its revision. */
export function longTreaty(sources: Source[], articles: number, seed: number): Case {
  const rng = prng(seed);
  const pool = sources.filter((s) => s.language === "en").flatMap((s) => s.points.map((p) => p.text));
  const points = Array.from({ length: articles }, (_, k) => ({ label: String(k + 1), text: `${rng.pick(pool)} ${rng.pick(pool)}` }));
  return variant({ id: "treaty", language: "en", points, parties: sources.find((s) => s.language === "en")?.parties ?? [] }, seed);
}
