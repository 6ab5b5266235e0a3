// From point text to comparable tokens: words (lower-cased, stemmed, function words marked)
// and numbers (with their value), keeping where each came from for diffs and flags.
import snowball from "snowball-stemmers";
import type { Language } from "./language";
import { parseNumberAt } from "./numbers";

export type Token = {
  /** As written. */
  raw: string;
  /** Lower-cased, ё → е, typographic apostrophes unified. */
  lower: string;
  /** Stem for words; "#<value>" for numbers. */
  stem: string;
  kind: "word" | "number";
  /** A function word: ignored by the similarity, still seen by the flags. */
  stop: boolean;
  /** Written with a capital inside a sentence: a name, so not looked up in WordNet. */
  proper: boolean;
  start: number;
  end: number;
  /** Numbers only. */
  value?: number;
};

// Hand-written on purpose: the generic lists (stopwords-iso and the like) also drop words such
// as "state", "line", "area", "million", "first" that carry the substance of a treaty clause.
// These are only articles, pronouns, prepositions, conjunctions, auxiliaries and modals; modals
// and negation are still read by the flags.
const STOP: Record<Language, Set<string>> = {
  en: new Set(
    (
      "a an the and or but nor of to in on at by for with from into onto upon as than then that this these those there here " +
      "it its itself they them their theirs he she his her him we us our you your i me my be is are was were been being am " +
      "do does did done have has had having shall will would should must may might can could which who whom whose what when " +
      "where while whether if so such also any all each every both either neither other another same own its its' " +
      "about over under between among through during after before against within without not no any per via etc " +
      "once only yet still just even more most less very however thus therefore hence already again further furthermore " +
      "moreover otherwise including whereas because since though although unless out up down off towards toward throughout " +
      "along across around near beyond despite like well s"
    ).split(/\s+/),
  ),
  ru: new Set(
    (
      "и в во на с со к ко по о об от до из за у для при без через над под про а но или либо что чтобы как так же ли бы " +
      "не ни это этот эта эти того тому том его ее её их им ими он она оно они мы вы я который которая которое которые " +
      "также есть быть был была были будет будут является являются свой своя свое свои всех все всё весь вся всего его " +
      "должен должна должно должны может могут только еще уже однако лишь более менее тоже когда где если чем"
    ).split(/\s+/),
  ),
  uk: new Set(
    (
      "і й та в у на з із зі до від по о об за для при без через над під про а але або чи що щоб як так же б би не ні це " +
      "цей ця ці того тому його її їх їм ними він вона воно вони ми ви я який яка яке які також є бути був була були буде " +
      "будуть свій своя своє свої всіх всі все весь вся усіх усі повинен повинна повинні має мають може можуть лише ще вже " +
      "однак більш менш теж коли де якщо ніж"
    ).split(/\s+/),
  ),
};

const stemmers = new Map<Language, (w: string) => string>();

/** Ukrainian has no Snowball stemmer in any npm package: a light suffix stripper, in the
 * spirit of the Porter-style Ukrainian stemmers, that removes the common inflections after the
 * first vowel so that "війська", "військ", "військами" share a stem. */
function stemUkrainian(word: string): string {
  const m = /^(.*?[аеиоуюяіїє])(.*)$/u.exec(word);
  if (!m || word.length <= 3) return word;
  const [, head, rv0] = m;
  let rv = rv0;
  const strip = (re: RegExp) => {
    const next = rv.replace(re, "");
    const changed = next !== rv;
    rv = next;
    return changed;
  };
  if (!strip(/(ившись|ивши|ив|вшись|вши)$/u)) {
    strip(/(ся|сь|си)$/u);
    if (!strip(/(ими|іми|ого|ому|ої|ою|ий|ій|им|ім|их|іх|ая|яя|ое|ее|ова|ове|ів|єє|еє|йми)$/u)) {
      if (!strip(/(ати|яти|ить|іть|ать|ять|али|ила|или|ило|ував|ують|ють|ують|ував|ала|ало|учи|ячи|ете|єте|уть|ють|ем|ім)$/u)) {
        strip(/(ями|ами|ові|еві|ією|ям|ам|ом|ем|ях|ах|ею|єю|ою|ів|їв|ей|ой|ий|а|е|є|и|і|ї|й|о|у|ю|я|ь)$/u);
      }
    }
  }
  rv = rv.replace(/(ість|ост|ість)$/u, "").replace(/ь$/u, "").replace(/нн$/u, "н");
  return head + rv;
}

function stemmerFor(language: Language): (w: string) => string {
  let s = stemmers.get(language);
  if (!s) {
    if (language === "uk") s = stemUkrainian;
    else {
      const impl = snowball.newStemmer(language === "en" ? "english" : "russian");
      // The Snowball port is slow (about 10 µs a word) and drafts repeat their words: cache.
      const cache = new Map<string, string>();
      s = (w: string) => {
        let r = cache.get(w);
        if (r === undefined) {
          r = impl.stem(w);
          if (cache.size < 200_000) cache.set(w, r);
        }
        return r;
      };
    }
    stemmers.set(language, s);
  }
  return s;
}

export function stem(word: string, language: Language): string {
  return stemmerFor(language)(word);
}

export function isStopword(lower: string, language: Language): boolean {
  return STOP[language].has(lower);
}

const lowerOf = (s: string) => s.toLowerCase().replace(/ё/g, "е").replace(/[’ʼ`]/g, "'");

// Words (letters, inner apostrophes) and number-like runs; hyphenated compounds are split so
// "free-trade" compares as "free" + "trade".
const TOKEN_RE = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\d[\d.,\u00a0\u202f ]*\d|\d/gu;

export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  const st = stemmerFor(language);
  let sentenceStart = true;
  let last = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const between = text.slice(last, start);
    if (/[.!?;:\n]/.test(between)) sentenceStart = true;
    let raw = match[0];
    if (/^\d/.test(raw)) {
      const num = parseNumberAt(text, start);
      if (num) {
        tokens.push({ raw: num.raw, lower: num.raw, stem: `#${num.value}`, kind: "number", stop: false, proper: false, start, end: start + num.raw.length, value: num.value });
        last = start + num.raw.length;
        sentenceStart = false;
        continue;
      }
      raw = raw.replace(/[.,\s\u00a0\u202f]+$/, "");
    }
    const lower = lowerOf(raw);
    const proper = !sentenceStart && /^\p{Lu}/u.test(raw);
    const stemmed = /^\d/.test(lower) ? `#${lower}` : st(lower.replace(/'/g, ""));
    tokens.push({ raw, lower, stem: stemmed, kind: /^\d/.test(lower) ? "number" : "word", stop: STOP[language].has(lower), proper, start, end: start + raw.length });
    last = start + raw.length;
    sentenceStart = false;
  }
  return tokens;
}

/** Text reduced to what a reader counts as wording: case, punctuation, quotes and spacing
 * do not count. Two points with the same form here are "unchanged". */
export function wordingKey(text: string): string {
  return lowerOf(text)
    .replace(/[^\p{L}\p{M}\p{N}%$€£]+/gu, " ")
    .trim();
}
