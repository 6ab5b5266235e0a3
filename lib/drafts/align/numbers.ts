// Numbers as a reader means them: "600,000", "600 000" and "six hundred thousand" are one
// value; "100 days" and "three months" are durations compared in days; "US$100bn" is money;
// "31 December 2025" is a date. The flags compare these values, never the spelling.
import type { Language } from "./language";

export type Unit = "count" | "percent" | "days" | "money" | "km" | "mm" | "date" | "year" | "hour";

export type Quantity = { value: number; unit: Unit; raw: string; start: number; end: number };

// "1,500" and "1 500" group thousands; "1.5" (English) and "1,5" (Russian, Ukrainian) are
// decimals. A separator followed by exactly three digits is taken as grouping.
const DIGITS_RE = /(\d{1,3}(?:[,\u00a0\u202f ]\d{3}(?!\d))+|\d+)(?:[.,](\d+))?/y;

export function parseNumberAt(text: string, index: number): { raw: string; value: number } | null {
  DIGITS_RE.lastIndex = index;
  const m = DIGITS_RE.exec(text);
  if (!m) return null;
  const whole = m[1].replace(/[,\u00a0\u202f ]/g, "");
  let raw = m[0];
  let value = parseInt(whole, 10);
  if (m[2] !== undefined) {
    // "1.5" is a decimal; "600,000.5" too; but "5." at a sentence end is not.
    value = parseFloat(`${whole}.${m[2]}`);
  }
  raw = raw.replace(/[.,\s]+$/, "");
  return { raw, value };
}

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const RU_UNITS: Record<string, number> = {
  один: 1, одна: 1, одно: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, пятнадцать: 15, двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60,
  семьдесят: 70, восемьдесят: 80, девяносто: 90, сто: 100, двести: 200, триста: 300, четыреста: 400, пятьсот: 500,
  шестьсот: 600, семьсот: 700, восемьсот: 800, девятьсот: 900,
};
const UK_UNITS: Record<string, number> = {
  один: 1, одна: 1, одне: 1, два: 2, дві: 2, три: 3, чотири: 4, "п'ять": 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, десять: 10,
  "п'ятнадцять": 15, двадцять: 20, тридцять: 30, сорок: 40, "п'ятдесят": 50, шістдесят: 60, сімдесят: 70, вісімдесят: 80,
  "дев'яносто": 90, сто: 100, двісті: 200, триста: 300, чотириста: 400, "п'ятсот": 500, шістсот: 600, сімсот: 700,
  вісімсот: 800, "дев'ятсот": 900,
};
const SCALES: [RegExp, number][] = [
  [/^(hundred)$/, 100],
  [/^(thousand|тысяч[аи]?|тисяч[аі]?)$/, 1e3],
  [/^(million|millions|mn|m|миллион(а|ов)?|млн|мільйон(а|ів)?)$/, 1e6],
  [/^(billion|billions|bn|миллиард(а|ов)?|млрд|мільярд(а|ів)?)$/, 1e9],
  [/^(trillion|trillions|триллион(а|ов)?|трлн|трильйон(а|ів)?)$/, 1e12],
];

const scaleOf = (w: string) => SCALES.find(([re]) => re.test(w))?.[1];
const UNITS_BY_LANG: Record<Language, Record<string, number>> = { en: EN_UNITS, ru: RU_UNITS, uk: UK_UNITS };

const MONTHS: [RegExp, number][] = [
  [/^(jan(uary)?|январ[ья]|січ(ень|ня))$/, 1],
  [/^(feb(ruary)?|феврал[ья]|лют(ий|ого))$/, 2],
  [/^(mar(ch)?|март[а]?|берез(ень|ня))$/, 3],
  [/^(apr(il)?|апрел[ья]|квіт(ень|ня))$/, 4],
  [/^(may|ма[йя]|трав(ень|ня))$/, 5],
  [/^(june?|июн[ья]|черв(ень|ня))$/, 6],
  [/^(july?|июл[ья]|лип(ень|ня))$/, 7],
  [/^(aug(ust)?|август[а]?|серп(ень|ня))$/, 8],
  [/^(sep(t(ember)?)?|сентябр[ья]|верес(ень|ня))$/, 9],
  [/^(oct(ober)?|октябр[ья]|жовт(ень|ня))$/, 10],
  [/^(nov(ember)?|ноябр[ья]|листопад(а)?)$/, 11],
  [/^(dec(ember)?|декабр[ья]|груд(ень|ня))$/, 12],
];
const monthOf = (w: string) => MONTHS.find(([re]) => re.test(w))?.[1];

const DURATION: [RegExp, number, Unit][] = [
  [/^(days?|дн(я|ей|і|ів)|день|суток|доб[аи]?)$/, 1, "days"],
  [/^(weeks?|недел[ьияю]|тиж(день|ня|нів|ні))$/, 7, "days"],
  [/^(months?|месяц(а|ев)?|місяц(я|ів|і)?)$/, 30, "days"],
  [/^(years?|год(а)?|лет|рок(и|ів)|рік)$/, 365, "days"],
  [/^(hours?|час(а|ов)?|годин(и)?)$/, 1, "hour"],
  [/^(km|kilometres?|kilometers?|км)$/, 1, "km"],
  [/^(mm|millimetres?|millimeters?|мм)$/, 1, "mm"],
  [/^(%|percent|per|процент(а|ов)?|відсот(ок|ки|ків))$/, 1, "percent"],
];

type Word = { w: string; start: number; end: number };

const WORD_RE = /\d{1,3}(?:[,\u00a0\u202f ]\d{3}(?!\d))+(?:\.\d+)?%?|\d+(?:[.,]\d+)?%?|[\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*|%|[$€£]|US\$/gu;

function words(text: string): Word[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A run of number words ("six hundred thousand", "twenty-six") starting at words[i]. */
function numberWords(ws: Word[], i: number, language: Language, text: string): { value: number; next: number } | null {
  const units = UNITS_BY_LANG[language];
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  for (; j < ws.length; j++) {
    // A number is written in one run: "fifty:fifty" or "five, six" are two numbers.
    if (j > i && /[^\s-]/.test(text.slice(ws[j - 1].end, ws[j].start))) break;
    const w = ws[j].w.toLowerCase().replace(/’/g, "'");
    const parts = language === "en" ? w.split("-") : [w];
    if (parts.every((p) => p in units)) {
      for (const p of parts) current += units[p];
      seen = true;
      continue;
    }
    if (seen && w === "and" && language === "en") continue;
    const scale = scaleOf(w);
    if (scale && (seen || w === "hundred")) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
      continue;
    }
    break;
  }
  if (!seen) return null;
  // "and" cannot end a number.
  while (j > i && ws[j - 1].w.toLowerCase() === "and") j--;
  return { value: total + current, next: j };
}

function digitValue(raw: string): number | null {
  const clean = raw.replace(/%$/, "");
  const p = parseNumberAt(clean, 0);
  return p && p.raw.length === clean.length ? p.value : p ? p.value : null;
}

const quantityCache = new Map<string, Quantity[]>();

/** Every quantity in a text, with its unit and normalised value. (Cached: the flags ask for
 * the same texts several times.) */
export function extractQuantities(text: string, language: Language): Quantity[] {
  const key = `${language}:${text}`;
  let hit = quantityCache.get(key);
  if (!hit) {
    hit = quantitiesOf(text, language);
    if (quantityCache.size > 5000) quantityCache.clear();
    quantityCache.set(key, hit);
  }
  return hit;
}

function quantitiesOf(text: string, language: Language): Quantity[] {
  const ws = words(text);
  const out: Quantity[] = [];
  for (let i = 0; i < ws.length; i++) {
    const start = ws[i].start;
    let value: number | null = null;
    let next = i + 1;
    let money = false;
    // Currency before the number: "$800", "US$100bn", "€5".
    if (/^(US\$|[$€£])$/.test(ws[i].w) && i + 1 < ws.length && /^\d/.test(ws[i + 1].w)) {
      money = true;
      i++;
    }
    const w = ws[i].w;
    let percentInline = false;
    if (/^\d/.test(w)) {
      percentInline = w.endsWith("%");
      value = digitValue(w);
      next = i + 1;
    } else {
      const nw = numberWords(ws, i, language, text);
      // A lone "one"/"один" is mostly a pronoun ("one of the parties"), not a quantity.
      if (nw && !(nw.value === 1 && nw.next === i + 1 && !DURATION.some(([re]) => re.test(ws[nw.next]?.w.toLowerCase() ?? "")))) {
        value = nw.value;
        next = nw.next;
      }
    }
    if (value === null) continue;
    // A scale word after digits: "5 million", "800 billion", "100 млрд".
    if (next < ws.length && scaleOf(ws[next].w.toLowerCase()) && /^\d/.test(w)) {
      value *= scaleOf(ws[next].w.toLowerCase())!;
      next++;
    }
    let unit: Unit = money ? "money" : "count";
    let end = ws[next - 1].end;
    const after = next < ws.length ? ws[next].w.toLowerCase() : "";
    const gap = next < ws.length ? text.slice(end, ws[next].start) : "";
    const near = !/[.;:!?\n]/.test(gap) && gap.length <= 3;
    if (percentInline) unit = "percent";
    else if (near && !money) {
      const month = monthOf(after);
      const dur = DURATION.find(([re]) => re.test(after));
      if (month && value >= 1 && value <= 31) {
        // "31 December 2025" / "15 февраля 2015 года".
        let year = 0;
        if (next + 1 < ws.length && /^\d{4}$/.test(ws[next + 1].w)) {
          year = parseInt(ws[next + 1].w, 10);
          end = ws[next + 1].end;
        } else end = ws[next].end;
        out.push({ value: year * 10000 + month * 100 + value, unit: "date", raw: text.slice(start, end), start, end });
        i = year ? next + 1 : next;
        continue;
      }
      if (dur && dur[1] === 365 && /^\d{4}$/.test(w) && value >= 1900 && value <= 2100) {
        // "2015 года", "2015 року": the year, not a duration of 2015 years.
        unit = "year";
        end = ws[next].end;
        next++;
      } else if (dur) {
        if (after === "per" && !/^cent$/i.test(ws[next + 1]?.w ?? "")) {
          // "per" alone is not a unit.
        } else {
          unit = dur[2];
          value *= dur[1];
          end = ws[after === "per" ? next + 1 : next].end;
          next += after === "per" ? 2 : 1;
        }
      } else if (/^(dollars?|usd|euros?|eur|долл|доллар(ов|а)?|долар(ів|а)?|євро|евро)$/.test(after)) {
        unit = "money";
        end = ws[next].end;
        next++;
      }
    }
    // "December 31" / "by 31 December": month then day.
    if (unit === "count" && i > 0 && monthOf(ws[i - 1].w.toLowerCase()) && value >= 1 && value <= 31 && !/[.;:\n]/.test(text.slice(ws[i - 1].end, ws[i].start))) {
      const month = monthOf(ws[i - 1].w.toLowerCase())!;
      let year = 0;
      if (next < ws.length && /^\d{4}$/.test(ws[next].w)) {
        year = parseInt(ws[next].w, 10);
        end = ws[next].end;
        next++;
      }
      out.push({ value: year * 10000 + month * 100 + value, unit: "date", raw: text.slice(ws[i - 1].start, end), start: ws[i - 1].start, end });
      i = next - 1;
      continue;
    }
    // A bare four-digit number between 1900 and 2100 is a year ("by the end of 2015").
    if (unit === "count" && /^\d{4}$/.test(w) && value >= 1900 && value <= 2100) unit = "year";
    out.push({ value, unit, raw: text.slice(start, end), start, end });
    i = next - 1;
  }
  return out;
}
