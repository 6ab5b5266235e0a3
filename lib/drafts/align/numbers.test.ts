import { describe, expect, it } from "vitest";
import { extractQuantities } from "./numbers";
import { stem } from "./normalize";
import { detectLanguage } from "./language";

const values = (text: string, lang: "en" | "ru" | "uk" = "en") => extractQuantities(text, lang).map((q) => [q.value, q.unit]);

describe("extractQuantities", () => {
  it("reads digits, groupings and number words as one value", () => {
    expect(values("capped at 600,000 personnel")).toEqual([[600000, "count"]]);
    expect(values("capped at six hundred thousand personnel")).toEqual([[600000, "count"]]);
    expect(values("не более 600 000 военнослужащих", "ru")).toEqual([[600000, "count"]]);
    expect(values("twenty-six states")).toEqual([[26, "count"]]);
  });

  it("keeps units: percentages, durations in days, money, dates and years", () => {
    expect(values("26% of the territory, or 26 per cent")).toEqual([
      [26, "percent"],
      [26, "percent"],
    ]);
    expect(values("within 100 days, or three months, or two weeks")).toEqual([
      [100, "days"],
      [90, "days"],
      [14, "days"],
    ]);
    expect(values("US$100bn and $800 billion")).toEqual([
      [100e9, "money"],
      [800e9, "money"],
    ]);
    expect(values("by 31 December 2025, then by the end of 2026")).toEqual([
      [20251231, "date"],
      [2026, "year"],
    ]);
    expect(values("с 15 февраля 2015 года, в течение 14 дней", "ru")).toEqual([
      [20150215, "date"],
      [14, "days"],
    ]);
    expect(values("протягом 14 днів", "uk")).toEqual([[14, "days"]]);
  });

  it("does not take the pronoun 'one' for a number", () => {
    expect(values("one of the parties")).toEqual([]);
  });
});

describe("stemming and language", () => {
  it("gives inflected forms one stem in English, Russian and Ukrainian", () => {
    expect(stem("withdrawals", "en")).toBe(stem("withdrawal", "en"));
    expect(stem("войсками", "ru")).toBe(stem("войска", "ru"));
    expect(stem("військами", "uk")).toBe(stem("війська", "uk"));
    expect(stem("виборів", "uk")).toBe(stem("вибори", "uk"));
  });

  it("tells Ukrainian from Russian by their own letters", () => {
    expect(detectLanguage("Забезпечити негайне припинення вогню.").language).toBe("uk");
    expect(detectLanguage("Обеспечить незамедлительное прекращение огня и вывести войска.").language).toBe("ru");
    expect(detectLanguage("Ensure an immediate ceasefire.").language).toBe("en");
  });
});
