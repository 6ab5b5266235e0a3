"use client";
import { useSearchParams } from "next/navigation";

/**
 * An editor's preview (?preview=1) carried into the view's API reads, so what loads later shows
 * the same unpublished content as the page; the server ignores it for everyone but editors.
 */
export function usePreviewParam(): { preview?: "1" } {
  return useSearchParams().get("preview") === "1" ? { preview: "1" } : {};
}
