// An uploaded draft file → its text, with the engine's refusals (too large, binary, password,
// scanned PDF without text) as 400s naming the file and what to do.
import { AlignError, extractText, MAX_BYTES } from "@/lib/drafts/align";
import { AppError } from "@/lib/http/errors";

const tooLarge = () => new AppError(413, "file_too_large", `The file is over ${MAX_BYTES / 1024 / 1024} MB: a draft's text is far smaller; upload the text, or the pages that hold the points`, { file: ["over 5 MB"] });

export async function extractUpload(request: Request): Promise<{ name: string; text: string }> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError(415, "unsupported_media_type", "Send the file as multipart/form-data in a field named file");
  }
  // The form's overhead is small; refuse an oversized body before reading it.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES + 64 * 1024) throw tooLarge();
  const form = await request.formData().catch(() => {
    throw new AppError(400, "invalid_request", "The upload could not be read: send it again", { file: ["unreadable upload"] });
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError(400, "invalid_request", "Choose a file to upload", { file: ["no file"] });
  if (file.size > MAX_BYTES) throw tooLarge();
  try {
    return { name: file.name, text: await extractText(Buffer.from(await file.arrayBuffer()), file.name) };
  } catch (error) {
    if (error instanceof AlignError) throw new AppError(400, error.code.toLowerCase(), error.message, { file: [error.message] });
    throw error;
  }
}
