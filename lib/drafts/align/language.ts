// Which language a draft is in: English, Russian or Ukrainian, told apart by script and, for
// Cyrillic, by the letters only one of the two languages uses.
import { AlignError } from "./errors";

export type Language = "en" | "ru" | "uk";

export type Detected = { language: Language; sure: boolean };

const LATIN = /[a-z]/giu;
const CYRILLIC = /[\u0400-\u04ff]/giu;
// Letters only one of the two languages has, and the noun ending that differs most often
// ("припинення" / "прекращение").
const UK_ONLY = /[іїєґ]|ння(?![\p{L}])/giu;
const RU_ONLY = /[ыэъё]|ние(?![\p{L}])/giu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function detectLanguage(text: string): Detected {
  const latin = count(text, LATIN);
  const cyr = count(text, CYRILLIC);
  if (latin >= cyr) return { language: "en", sure: latin > 0 };
  const uk = count(text, UK_ONLY);
  const ru = count(text, RU_ONLY);
  // Ukrainian uses і in almost every sentence; Russian has ы in most. A Cyrillic text of 40
  // letters or more (a short sentence) with no і, ї, є or ґ is Russian; a shorter one with
  // neither kind of letter is taken as Russian, but not "sure".
  if (uk > ru) return { language: "uk", sure: true };
  if (ru > uk) return { language: "ru", sure: true };
  return { language: "ru", sure: cyr >= 40 };
}

const NAMES: Record<Language, string> = { en: "English", ru: "Russian", uk: "Ukrainian" };

/** The pair's common language; a pair in two languages is refused. */
export function pairLanguage(base: string, candidate: string, forced?: Language): Language {
  if (forced) return forced;
  const a = detectLanguage(base);
  const b = detectLanguage(candidate);
  if (a.language === b.language) return a.language;
  const cyrillic = (l: Language) => l !== "en";
  // Two Cyrillic texts where one cannot be placed: take the one that can.
  if (cyrillic(a.language) && cyrillic(b.language) && (!a.sure || !b.sure)) return a.sure ? a.language : b.language;
  if (!a.sure || !b.sure) return a.sure ? a.language : b.language;
  throw new AlignError(
    "LANGUAGE_MISMATCH",
    `the two versions are in different languages (${NAMES[a.language]} and ${NAMES[b.language]}); align versions in the same language`,
  );
}
