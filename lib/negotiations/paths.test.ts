import { describe, expect, it } from "vitest";
import { isLegacyPath, LEGACY_ROUTES, legacyTarget } from "./legacy";
import { negotiationPath, splitNegotiationPath, switchedPath } from "./paths";

describe("reader paths", () => {
  it("builds a negotiation's views with their query", () => {
    expect(negotiationPath("gaza-2025")).toBe("/n/gaza-2025");
    expect(negotiationPath("gaza-2025", "/positions", { issue: ["a", "b"], bloc: undefined })).toBe("/n/gaza-2025/positions?issue=a%2Cb");
    expect(splitNegotiationPath("/n/a/cards/x")).toEqual({ slug: "a", view: "/cards/x" });
    expect(splitNegotiationPath("/n/a")).toEqual({ slug: "a", view: "" });
    expect(splitNegotiationPath("/actors/x")).toBeNull();
  });

  it("switching keeps the view and drops what names the other negotiation's records", () => {
    expect(switchedPath("/n/a/positions", "b")).toBe("/n/b/positions");
    expect(switchedPath("/n/a", "b")).toBe("/n/b");
    expect(switchedPath("/n/a/cards/some-card", "b")).toBe("/n/b/cards");
    expect(switchedPath("/n/a/issues/x", "b")).toBe("/n/b");
    expect(switchedPath("/actors/x", "b")).toBe("/n/b");
  });

  it("knows every old address family and where it leads", () => {
    for (const route of LEGACY_ROUTES) expect(isLegacyPath(route.replace(/<[^>]+>/g, "x"))).toBe(true);
    expect(isLegacyPath("/n/a/positions")).toBe(false);
    expect(isLegacyPath("/actors/x")).toBe(false);
    expect(isLegacyPath("/negotiations")).toBe(false);
    expect(legacyTarget("/compare", "?a=1&b=2", "first")).toBe("/n/first/compare?a=1&b=2");
  });
});
