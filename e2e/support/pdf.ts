// Reading PDFs back with Debian's poppler-utils, as a person checking the file would.
import { execFileSync } from "node:child_process";

export const pdfText = (file: string, page?: number) =>
  execFileSync("pdftotext", ["-layout", ...(page ? ["-f", String(page), "-l", String(page)] : []), file, "-"], { encoding: "utf8" });

export function pdfInfo(file: string) {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", file], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pages, sizes, title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? "" };
}

/** Raster images in the PDF (pdfimages -list): vector maps and charts add none. */
export function pdfImageCount(file: string): number {
  return execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").length - 2;
}

/** Renders pages to PNG (for a person to look at, in the test's output). */
export function pdfToPng(file: string, prefix: string, lastPage = 3) {
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", String(lastPage), file, prefix]);
}

/** Text squeezed to single spaces, so layout line breaks do not matter. */
export const squeeze = (text: string) => text.replace(/\s+/g, " ");
