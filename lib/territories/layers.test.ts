import { describe, expect, it } from "vitest";
import { claimsInLayer, controlShade, legendFor, shadeTerritories, type MapClaim, type MapTerritory } from "./layers";

const holder = { id: "holder", name: "Holder" };
const other = { id: "other", name: "Other side" };
const territories: MapTerritory[] = [
  { code: "UA-14", name: "Donetsk", controlledBy: holder, controlExtent: "partial", controlSharePct: 79, controlAsOf: "2026-01-01" },
  { code: "UA-43", name: "Crimea", controlledBy: holder, controlExtent: "full", controlSharePct: 100, controlAsOf: "2026-01-01" },
  { code: "UA-48", name: "Mykolaiv", controlledBy: holder, controlExtent: "partial", controlSharePct: null, controlAsOf: null },
  { code: "UA-46", name: "Lviv", controlledBy: holder, controlExtent: "none", controlSharePct: null, controlAsOf: null },
];
const main = ["holder"];
const claims: MapClaim[] = [
  { territoryCode: "UA-14", claim: "demilitarised_zone", draftId: "plan28", actorBloc: null, summary: "dmz" },
  { territoryCode: "UA-14", claim: "recognised_de_facto", draftId: "plan28", actorBloc: null, summary: "de facto" },
  { territoryCode: "UA-14", claim: "recognised_de_jure", draftId: null, actorBloc: "Russia", summary: "demand" },
  { territoryCode: "UA-43", claim: "recognised_de_facto", draftId: "plan28", actorBloc: null, summary: "crimea" },
];

describe("controlShade", () => {
  it("bins the reported share held by the named controller, and names it", () => {
    expect(controlShade(territories[0], main)).toEqual({ key: "control-3", label: "50–90% held by Holder" });
    expect(controlShade(territories[1], main).key).toBe("control-4");
    expect(controlShade({ controlledBy: holder, controlExtent: "partial", controlSharePct: 0.5 }, main).key).toBe("control-1");
  });
  it("says so when a partly held unit has no reported share, and when nothing is stated", () => {
    expect(controlShade(territories[2], main)).toEqual({ key: "control-unknown", label: "Part held by Holder, share not stated" });
    expect(controlShade(territories[3], main)).toEqual({ key: "control-0", label: "None held by Holder" });
    expect(controlShade({ controlledBy: null, controlExtent: null, controlSharePct: null }, main).label).toBe("Control not stated");
    expect(controlShade({ controlledBy: holder, controlExtent: null, controlSharePct: null }, main).label).toBe("Control not stated");
  });
  it("shades a second controller in other colours than the first, so the legend tells them apart", () => {
    const mixed: MapTerritory[] = [...territories, { code: "XX-1", name: "West", controlledBy: other, controlExtent: null, controlSharePct: 100, controlAsOf: null }];
    const shading = shadeTerritories("control", mixed, []);
    expect(shading["XX-1"].shade).toEqual({ key: "control-alt-4", label: "Over 90% held by Other side" });
    expect(shading["UA-43"].shade).toEqual({ key: "control-4", label: "Over 90% held by Holder" });
    expect(legendFor("control", shading).map((s) => s.key)).toEqual(["control-0", "control-3", "control-4", "control-unknown", "control-alt-4"]);
  });
});

describe("shadeTerritories", () => {
  it("shades a draft layer by its most far-reaching claim and keeps every claim", () => {
    const shading = shadeTerritories("draft:plan28", territories, claims);
    expect(shading["UA-14"].shade.key).toBe("recognised_de_facto");
    expect(shading["UA-14"].claims.map((c) => c.claim)).toEqual(["recognised_de_facto", "demilitarised_zone"]);
    expect(shading["UA-46"].shade.key).toBe("none");
  });

  it("selects an actor bloc's claims for the demands layers", () => {
    expect(claimsInLayer("bloc:Russia", claims).map((c) => c.summary)).toEqual(["demand"]);
    expect(shadeTerritories("bloc:Russia", territories, claims)["UA-14"].shade.key).toBe("recognised_de_jure");
  });

  it("lists in the legend only the classes the layer uses", () => {
    const shading = shadeTerritories("draft:plan28", territories, claims);
    expect(legendFor("draft:plan28", shading).map((s) => s.key)).toEqual(["recognised_de_facto", "none"]);
  });
});
