import { describe, expect, it } from "vitest";
import { AlignError } from "./errors";
import { splitPoints } from "./split";

const labels = (text: string) => splitPoints(text).points.map((p) => p.label);

function refusal(text: string): AlignError {
  try {
    splitPoints(text);
  } catch (e) {
    if (e instanceof AlignError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("splitPoints", () => {
  it("reads a numbered plan with a title, a preamble and continuation lines", () => {
    const r = splitPoints(
      [
        "Peace framework",
        "The parties agree on the following:",
        "",
        "1. Ukraine's sovereignty is confirmed.",
        "   All signatories confirm it.",
        "2. A ceasefire takes effect at once.",
        "3) Elections are held within 100 days.",
      ].join("\n"),
    );
    expect(r.title).toBe("Peace framework");
    expect(r.preamble).toBe("The parties agree on the following:");
    expect(r.numbering).toBe("numbers");
    expect(r.points).toEqual([
      { label: "1", text: "Ukraine's sovereignty is confirmed.\nAll signatories confirm it." },
      { label: "2", text: "A ceasefire takes effect at once." },
      { label: "3", text: "Elections are held within 100 days." },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("takes labels as written, without the keyword or the trailing punctuation", () => {
    expect(labels("Point 1: One.\nPoint 2: Two.\nPoint 3: Three.")).toEqual(["1", "2", "3"]);
    expect(labels("Article 4\nText four.\nArticle 5\nText five.")).toEqual(["4", "5"]);
    expect(labels("§ 5 Five.\n§ 6 Six.")).toEqual(["5", "6"]);
    expect(labels("1. One.\n2. Two.\n2a. Inserted.\n3. Three.")).toEqual(["1", "2", "2a", "3"]);
    expect(labels("I. One.\nII. Two.\nIV. Four.")).toEqual(["I", "II", "IV"]);
    expect(labels("## 3. Territory\nText.\n## 4. Elections\nText.")).toEqual(["3", "4"]);
    expect(labels("Пункт 1. Обеспечить прекращение огня.\nПункт 2. Обеспечить мониторинг.")).toEqual(["1", "2"]);
    expect(labels("Стаття 1. Перша.\nСтаття 2. Друга.")).toEqual(["1", "2"]);
    expect(labels("Статья 7. Седьмая.\nСтатья 8. Восьмая.")).toEqual(["7", "8"]);
  });

  it("keeps sub-numbering inside its point", () => {
    const r = splitPoints("1. Guarantees:\n(a) from the US;\n(b) from Europe.\n1.1 Details follow.\n2. Elections.\na) local;\nb) national.");
    expect(r.points.map((p) => p.label)).toEqual(["1", "2"]);
    expect(r.points[0].text).toContain("(b) from Europe.");
    expect(r.points[0].text).toContain("1.1 Details follow.");
    expect(r.points[1].text).toContain("b) national.");
  });

  it("keeps an indented list under its point", () => {
    const r = splitPoints("1. Security guarantees:\n   1. from the US;\n   2. from Europe.\n2. Elections.\n3. Amnesty.");
    expect(r.points.map((p) => p.label)).toEqual(["1", "2", "3"]);
    expect(r.points[0].text).toBe("Security guarantees:\n1. from the US;\n2. from Europe.");
  });

  it("treats numbered paragraphs under articles as part of their article", () => {
    const r = splitPoints("Article 1\n1. The parties cease fire.\n2. The OSCE monitors.\nArticle 2\n1. Prisoners are exchanged.\n2. Bodies are returned.");
    expect(r.numbering).toBe("keyword");
    expect(r.points.map((p) => p.label)).toEqual(["1", "2"]);
    expect(r.points[1].text).toBe("1. Prisoners are exchanged.\n2. Bodies are returned.");
  });

  it("falls back to paragraphs when nothing is numbered, and says so", () => {
    const r = splitPoints("The parties cease fire.\n\nThe OSCE monitors the ceasefire.\n\nPrisoners are exchanged.");
    expect(r.numbering).toBe("paragraphs");
    expect(r.points).toEqual([
      { label: "1", text: "The parties cease fire." },
      { label: "2", text: "The OSCE monitors the ceasefire." },
      { label: "3", text: "Prisoners are exchanged." },
    ]);
    expect(r.warnings.join(" ")).toMatch(/no numbering/);
  });

  it("refuses what it cannot split, with a code and a message that says what to do", () => {
    expect(refusal("   \n  ").code).toBe("EMPTY_TEXT");
    const one = refusal("Just one sentence without numbers.");
    expect(one.code).toBe("ONE_POINT");
    expect(one.message).toMatch(/only one point/);
    const dup = refusal("1. One.\n2. Two.\n2. Two again.");
    expect(dup.code).toBe("DUPLICATE_LABELS");
    expect(dup.message).toContain('"2"');
    const mixed = refusal("1. One.\nArticle 2 Two.\n3. Three.\nArticle 4 Four.");
    expect(mixed.code).toBe("MIXED_NUMBERING");
    expect(mixed.message).toMatch(/numbered in two ways/);
  });

  it("accepts Windows line ends and a byte-order mark", () => {
    expect(labels("\uFEFF1. One.\r\n2. Two.\r\n")).toEqual(["1", "2"]);
  });
});
