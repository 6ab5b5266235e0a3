import { describe, expect, it } from "vitest";
import { currentPosition, stanceHistory } from "./history";

const p = (id: string, stance: "supports" | "opposes" | "conditional", statedAt: string) => ({ id, stance, statedAt });

describe("stanceHistory", () => {
  it("orders statements oldest first and marks where the stance changed", () => {
    const history = stanceHistory([
      p("c", "opposes", "2025-12-20"),
      p("a", "conditional", "2025-11-21"),
      p("b", "conditional", "2025-11-27"),
    ]);
    expect(history.map((h) => [h.id, h.changed, h.previousStance])).toEqual([
      ["a", false, null],
      ["b", false, "conditional"],
      ["c", true, "conditional"],
    ]);
  });

  it("treats the later-recorded of two same-day statements as the later one", () => {
    const history = stanceHistory([p("first", "supports", "2025-12-02"), p("second", "opposes", "2025-12-02")]);
    expect(history.map((h) => h.id)).toEqual(["first", "second"]);
    expect(history[1].changed).toBe(true);
  });

  it("accepts Date objects as well as ISO strings", () => {
    const history = stanceHistory([
      { id: "x", stance: "supports" as const, statedAt: new Date("2025-12-03") },
      { id: "y", stance: "supports" as const, statedAt: "2025-11-01T00:00:00.000Z" },
    ]);
    expect(history.map((h) => h.id)).toEqual(["y", "x"]);
  });
});

describe("currentPosition", () => {
  it("is the most recent statement, or null without any", () => {
    expect(currentPosition([p("old", "supports", "2025-11-01"), p("new", "opposes", "2025-12-01")])?.id).toBe("new");
    expect(currentPosition([])).toBeNull();
  });
});
