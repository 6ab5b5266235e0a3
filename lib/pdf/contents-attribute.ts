/** Marks a printed contents entry with the id of the heading whose page number it shows (lib/pdf/contents.ts). */
export const CONTENTS_ATTRIBUTE = "data-contents-page-of";
