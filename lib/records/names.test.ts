// A territory's names: one per language, English required, edited as "en: …" lines.
import { describe, expect, it } from "vitest";
import { namesFromLines } from "@/components/admin/form-field";
import { names } from "./fields";

const schema = names("Names").schema;
const problem = (value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues.map((i) => i.message).join("; ");
};

describe("names by language", () => {
  it("accepts English with any other languages, trimmed", () => {
    expect(schema.parse({ en: " Gaza Strip ", ar: "قطاع غزة", "zh-Hant": "加沙" })).toEqual({ en: "Gaza Strip", ar: "قطاع غزة", "zh-Hant": "加沙" });
  });

  it("requires an English name and says so", () => {
    expect(problem({ uk: "Херсонська область" })).toBe("An English name (en: …) is required");
    expect(problem({ en: "  " })).toBe("An English name (en: …) is required");
  });

  it("names what is not a language code, and a language without a name", () => {
    expect(problem({ en: "Kherson", Kherson: "" })).toMatch(/Not a language code: Kherson/);
    expect(problem({ en: "Kherson", uk: "" })).toBe("Every language listed needs a name");
  });

  it("reads the form's lines, a line without a colon as a language without a name", () => {
    expect(namesFromLines("en: Kherson Oblast\n\nuk: Херсонська область\n")).toEqual({ en: "Kherson Oblast", uk: "Херсонська область" });
    expect(problem(namesFromLines("en: Kherson\nKherson Oblast"))).toMatch(/Not a language code: Kherson Oblast/);
    expect(namesFromLines("en: Time: 10:00")).toEqual({ en: "Time: 10:00" });
  });
});
