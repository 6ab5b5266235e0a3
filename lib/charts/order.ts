// The order the charts (and their data tables) list things in: fixed by the data alone, never by
// the order the database happens to return rows in.

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Figure = { group: string; label: string; value: number; valueHigh: number | null; date: string | null };

/** Figures by metric (in the editors' chart order), then largest first, then by label and date. */
export function sortFigures<T extends Figure>(data: T[], groups: string[]): T[] {
  return [...data].sort(
    (a, b) =>
      groups.indexOf(a.group) - groups.indexOf(b.group) ||
      b.value - a.value ||
      (b.valueHigh ?? b.value) - (a.valueHigh ?? a.value) ||
      byText(a.label, b.label) ||
      byText(a.date ?? "", b.date ?? ""),
  );
}

/** Issues in the editors' order, then by title. */
export function sortIssues<T extends { sortOrder: number; issue: string; issueId: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.sortOrder - b.sortOrder || byText(a.issue, b.issue) || byText(a.issueId, b.issueId));
}

/** Shares largest first, then by name and code. */
export function sortShares<T extends { value: number; label: string; code: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => b.value - a.value || byText(a.label, b.label) || byText(a.code, b.code));
}

/** Events oldest first, then by title and id. */
export function sortEvents<T extends { date: string; title: string; id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => byText(a.date, b.date) || byText(a.title, b.title) || byText(a.id, b.id));
}

/** A chart's sources by outlet, then title. */
export function sortSources<T extends { outlet: string; title: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => byText(a.outlet, b.outlet) || byText(a.title, b.title));
}
