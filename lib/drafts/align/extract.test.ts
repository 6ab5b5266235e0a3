import { describe, expect, it } from "vitest";
import { AlignError, splitPoints } from "./index";
import { extractText, MAX_BYTES } from "./extract";
import { docx } from "./testdata/docx";
import { encryptedPdf, imagePdf, textPdf } from "./testdata/pdf";

async function refusal(p: Promise<unknown>): Promise<AlignError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AlignError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("extractText", () => {
  it("reads UTF-8 text and markdown as they are", async () => {
    const text = "Мирный план\n1. Обеспечить прекращение огня.\n2. Освободить всех заложников.\n";
    expect(await extractText(Buffer.from(`\uFEFF${text}`), "plan.md")).toBe(text);
  });

  it("reads a Word document into points", async () => {
    const text = await extractText(await docx(["Peace plan", "1. The parties cease fire.", "2. Prisoners are exchanged all for all."]), "plan.docx");
    const r = splitPoints(text);
    expect(r.title).toBe("Peace plan");
    expect(r.points).toEqual([
      { label: "1", text: "The parties cease fire." },
      { label: "2", text: "Prisoners are exchanged all for all." },
    ]);
  });

  it("reads the text layer of a PDF, by content even under another name", async () => {
    const pdf = textPdf(["Ceasefire terms", "1. The parties cease fire at midnight.", "2. The OSCE monitors the line of contact."]);
    const r = splitPoints(await extractText(pdf, "terms.txt"));
    expect(r.points.map((p) => p.label)).toEqual(["1", "2"]);
    expect(r.points[1].text).toBe("The OSCE monitors the line of contact.");
  });

  it("refuses a scan without a text layer, naming the file and what to do", async () => {
    const e = await refusal(extractText(imagePdf(), "scan.pdf"));
    expect(e.code).toBe("NO_TEXT_LAYER");
    expect(e.message).toMatch(/^scan\.pdf has no text layer.*OCR/);
  });

  it("refuses password-protected PDF and Word files", async () => {
    expect((await refusal(extractText(encryptedPdf(), "locked.pdf"))).code).toBe("ENCRYPTED");
    // Word stores a protected .docx as a Compound File holding an "EncryptedPackage" stream.
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(64)]);
    const e = await refusal(extractText(cfb, "locked.docx"));
    expect(e.code).toBe("ENCRYPTED");
    expect(e.message).toMatch(/^locked\.docx is password-protected/);
  });

  it("refuses binary files, invalid UTF-8 and files over 5 MB", async () => {
    expect((await refusal(extractText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image.txt"))).code).toBe("BINARY_FILE");
    const latin1 = Buffer.from("1. Le cessez-le-feu entre en vigueur. 2. Échange de prisonniers.", "latin1");
    const bad = await refusal(extractText(latin1, "plan.txt"));
    expect(bad.code).toBe("INVALID_UTF8");
    expect(bad.message).toMatch(/plan\.txt is not valid UTF-8/);
    const big = await refusal(extractText(Buffer.alloc(MAX_BYTES + 1, 0x41), "huge.txt"));
    expect(big.code).toBe("FILE_TOO_LARGE");
    expect(big.message).toMatch(/huge\.txt is 5\.0 MB, over the 5 MB limit/);
  });
});
