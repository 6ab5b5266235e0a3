import { describe, expect, it } from "vitest";
import { sortEvents, sortFigures, sortIssues, sortShares, sortSources } from "./order";

/** Every rotation and the reverse of a list: the order a database might return rows in. */
const arrangements = <T>(rows: T[]) => [...rows.map((_, i) => [...rows.slice(i), ...rows.slice(0, i)]), [...rows].reverse()];

describe("chart order does not depend on the order rows arrive in", () => {
  it("figures: by metric in chart order, largest first, then by label", () => {
    const f = (group: string, label: string, value: number, valueHigh: number | null = null) => ({ group, label, value, valueHigh, date: null });
    const rows = [f("B", "b-low", 10), f("A", "a-tie-z", 800), f("A", "a-tie-b", 800), f("A", "a-range", 800, 900), f("A", "a-small", 85), f("B", "b-high", 50)];
    const expected = ["a-range", "a-tie-b", "a-tie-z", "a-small", "b-high", "b-low"];
    for (const input of arrangements(rows)) expect(sortFigures(input, ["A", "B"]).map((r) => r.label)).toEqual(expected);
  });

  it("issues: the editors' order, then title", () => {
    const rows = [
      { sortOrder: 2, issue: "Later", issueId: "c" },
      { sortOrder: 1, issue: "Second", issueId: "b" },
      { sortOrder: 1, issue: "First", issueId: "a" },
    ];
    for (const input of arrangements(rows)) expect(sortIssues(input).map((r) => r.issue)).toEqual(["First", "Second", "Later"]);
  });

  it("shares: largest first, then name", () => {
    const rows = [
      { value: 100, label: "Zeta", code: "Z" },
      { value: 0.6, label: "Small", code: "S" },
      { value: 100, label: "Alpha", code: "A" },
    ];
    for (const input of arrangements(rows)) expect(sortShares(input).map((r) => r.label)).toEqual(["Alpha", "Zeta", "Small"]);
  });

  it("events: oldest first, then title", () => {
    const rows = [
      { date: "2025-11-20", title: "Second", id: "2" },
      { date: "2025-06-02", title: "First", id: "1" },
      { date: "2025-11-20", title: "Also", id: "3" },
    ];
    for (const input of arrangements(rows)) expect(sortEvents(input).map((r) => r.title)).toEqual(["First", "Also", "Second"]);
  });

  it("sources: by outlet, then title", () => {
    const rows = [
      { outlet: "B", title: "x" },
      { outlet: "A", title: "z" },
      { outlet: "A", title: "y" },
    ];
    for (const input of arrangements(rows)) expect(sortSources(input).map((r) => `${r.outlet}${r.title}`)).toEqual(["Ay", "Az", "Bx"]);
  });
});
