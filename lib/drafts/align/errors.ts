// One error class for everything the alignment engine refuses, so callers (API, CLI, UI) can
// branch on `code` and show `message` as it is: it names the problem and what to do about it.

export type AlignErrorCode =
  | "EMPTY_TEXT"
  | "ONE_POINT"
  | "DUPLICATE_LABELS"
  | "MIXED_NUMBERING"
  | "LANGUAGE_MISMATCH"
  | "FILE_TOO_LARGE"
  | "BINARY_FILE"
  | "INVALID_UTF8"
  | "ENCRYPTED"
  | "NO_TEXT_LAYER"
  | "UNREADABLE_FILE"
  | "UNSUPPORTED_FILE"
  | "BAD_OPTIONS";

export class AlignError extends Error {
  name = "AlignError";
  constructor(
    readonly code: AlignErrorCode,
    message: string,
  ) {
    super(message);
  }
}
