// File → text for the splitter: plain text and markdown (UTF-8), Word .docx (mammoth) and PDF
// with a text layer (unpdf, PDF.js built for servers). Everything runs offline: the file's
// bytes are handed over in memory and nothing is fetched. The type is told by the content
// (magic bytes), the file name only breaks ties.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { AlignError } from "./errors";

/** A draft is a few pages; 5 MB is far above any text draft and keeps a stray upload (a
 * scanned book, a video) from tying up the server. */
export const MAX_BYTES = 5 * 1024 * 1024;

export type FileKind = "text" | "docx" | "pdf";

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK..
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Compound File (old .doc, encrypted .docx)

function utf16(s: string): Buffer {
  return Buffer.from(s, "utf16le");
}

/** What a file holds, by its first bytes (and, for a zip, by its parts). */
export function sniff(buf: Buffer, name: string): FileKind {
  const shown = path.basename(name);
  if (startsWith(buf, PDF)) return "pdf";
  if (startsWith(buf, OLE)) {
    // Word keeps a password-protected .docx inside a Compound File with an EncryptedPackage stream.
    if (buf.includes(utf16("EncryptedPackage"))) throw new AlignError("ENCRYPTED", `${shown} is password-protected: remove the password in Word (File → Info → Protect Document) and try again`);
    throw new AlignError("UNSUPPORTED_FILE", `${shown} is an old Word .doc file: save it as .docx or as text and try again`);
  }
  if (startsWith(buf, ZIP)) {
    if (buf.includes(Buffer.from("word/"))) return "docx";
    throw new AlignError("UNSUPPORTED_FILE", `${shown} is a zip archive, not a Word document: use .docx, .pdf, .txt or .md`);
  }
  return "text";
}

function decodeText(buf: Buffer, shown: string): string {
  // NUL bytes and other control characters (beyond tab, line ends, form feed) mark a binary file.
  let control = 0;
  const sample = buf.subarray(0, 64 * 1024);
  for (const b of sample) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  // More than 1 % control bytes: no text file has that many, every binary format does.
  if (control > 0 && (sample.includes(0) || control / sample.length > 0.01)) {
    throw new AlignError("BINARY_FILE", `${shown} is a binary file, not text: use a .txt, .md, .docx or .pdf file`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new AlignError("INVALID_UTF8", `${shown} is not valid UTF-8 text: save it as UTF-8 and try again`);
  }
}

async function docxText(buf: Buffer, shown: string): Promise<string> {
  const mammoth = await import("mammoth");
  try {
    const { value } = await mammoth.extractRawText({ buffer: buf });
    return value;
  } catch (e) {
    throw new AlignError("UNREADABLE_FILE", `${shown} could not be read as a Word document (${(e as Error).message.split("\n")[0]})`);
  }
}

async function pdfText(buf: Buffer, shown: string): Promise<string> {
  const { getDocumentProxy, extractText } = await import("unpdf");
  let doc;
  try {
    // Fonts are not needed for text and must not be looked for anywhere; PDF.js warnings would
    // go to standard output, where the CLI writes its JSON (verbosity 0: errors only).
    doc = await getDocumentProxy(new Uint8Array(buf), { disableFontFace: true, useSystemFonts: false, isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  } catch (e) {
    const err = e as Error;
    if (err.name === "PasswordException" || /password/i.test(err.message)) {
      throw new AlignError("ENCRYPTED", `${shown} is password-protected: save an unprotected copy of the PDF and try again`);
    }
    throw new AlignError("UNREADABLE_FILE", `${shown} could not be read as a PDF (${err.message.split("\n")[0]})`);
  }
  try {
    const { text, totalPages } = await extractText(doc, { mergePages: false });
    const joined = text.join("\n\n");
    // A scan has pages but no text: fewer than 20 letters in the whole file is not a draft.
    if ((joined.match(/\p{L}/gu)?.length ?? 0) < 20) {
      throw new AlignError("NO_TEXT_LAYER", `${shown} has no text layer (${totalPages} page${totalPages === 1 ? "" : "s"} of images, probably a scan): run it through OCR or paste the text`);
    }
    return joined;
  } finally {
    await doc.destroy();
  }
}

/** The text of a file's contents, by its type. */
export async function extractText(buf: Buffer, name: string): Promise<string> {
  const shown = path.basename(name);
  if (buf.length > MAX_BYTES) throw new AlignError("FILE_TOO_LARGE", `${shown} is ${(buf.length / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit: a draft should be text, not a scan or an archive`);
  if (buf.length === 0) throw new AlignError("EMPTY_TEXT", `${shown} is empty`);
  const kind = sniff(buf, name);
  if (kind === "pdf") return pdfText(buf, shown);
  if (kind === "docx") return docxText(buf, shown);
  return decodeText(buf, shown).replace(/^\uFEFF/, "");
}

/** Reads a file from disk (checking its size first) and extracts its text. `shown` is how
 * messages name it (the path as the user wrote it). */
export async function extractFile(file: string, shown = path.basename(file)): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new AlignError("UNREADABLE_FILE", `${shown} cannot be read: check the path`);
  }
  if (size > MAX_BYTES) throw new AlignError("FILE_TOO_LARGE", `${shown} is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit: a draft should be text, not a scan or an archive`);
  return extractText(await readFile(file), shown);
}
