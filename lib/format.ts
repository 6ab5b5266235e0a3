// Dates are stored at UTC midnight for day precision, so they are formatted in UTC.
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | string | null | undefined, options: { approx?: boolean } = {}): string {
  if (!date) return "undated";
  const value = typeof date === "string" ? new Date(date) : date;
  return `${options.approx ? "c. " : ""}${dayFormat.format(value)}`;
}

/** ISO date (YYYY-MM-DD) for <time dateTime>. */
export function isoDay(date: Date | string): string {
  return (typeof date === "string" ? new Date(date) : date).toISOString().slice(0, 10);
}
