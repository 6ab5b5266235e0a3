/** The rows of a comparison that match the reader's relation and issue filters. */
export function filterRows<R extends { relation: string; issues: string[] }>(rows: R[], filter: { relation: string[]; issue: string[] }): R[] {
  return rows.filter(
    (r) => (filter.relation.length === 0 || filter.relation.includes(r.relation)) && (filter.issue.length === 0 || r.issues.some((i) => filter.issue.includes(i))),
  );
}
