import { MAX_BYTES } from "@/lib/drafts/align/extract";

/** A request carries at most a file's worth of text (5 MB) and its JSON quoting. */
export const INTAKE_MAX_JSON_BYTES = MAX_BYTES + 1_000_000;
