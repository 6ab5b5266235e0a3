/** Where this server reaches itself (PDF printing, the page cache): the loopback interface unless PARLEY_INTERNAL_URL says otherwise. */
export function internalOrigin(): string {
  return process.env.PARLEY_INTERNAL_URL?.replace(/\/$/, "") || `http://127.0.0.1:${process.env.PORT || 3000}`;
}
