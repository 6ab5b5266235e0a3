import { describe, expect, it } from "vitest";
import { claimsInLayer, controlShade, legendFor, shadeTerritories, type MapClaim, type MapTerritory } from "./layers";

const territories: MapTerritory[] = [
  { code: "UA-14", nameEn: "Donetsk", controlStatus: "partially_occupied", russianControlPct: 79, controlAsOf: "2026-01-01" },
  { code: "UA-43", nameEn: "Crimea", controlStatus: "occupied", russianControlPct: 100, controlAsOf: "2026-01-01" },
  { code: "UA-48", nameEn: "Mykolaiv", controlStatus: "partially_occupied", russianControlPct: null, controlAsOf: null },
  { code: "UA-46", nameEn: "Lviv", controlStatus: "ukrainian_control", russianControlPct: null, controlAsOf: null },
];
const claims: MapClaim[] = [
  { territoryCode: "UA-14", claim: "demilitarised_zone", draftId: "plan28", actorBloc: null, summary: "dmz" },
  { territoryCode: "UA-14", claim: "recognised_de_facto", draftId: "plan28", actorBloc: null, summary: "de facto" },
  { territoryCode: "UA-14", claim: "recognised_de_jure", draftId: null, actorBloc: "Russia", summary: "demand" },
  { territoryCode: "UA-43", claim: "recognised_de_facto", draftId: "plan28", actorBloc: null, summary: "crimea" },
];

describe("controlShade", () => {
  it("bins the reported share under Russian control", () => {
    expect(controlShade(territories[0]).key).toBe("control-3");
    expect(controlShade(territories[1]).key).toBe("control-4");
    expect(controlShade({ controlStatus: "partially_occupied", russianControlPct: 0.5 }).key).toBe("control-1");
  });
  it("says so when a partly occupied unit has no reported share", () => {
    expect(controlShade(territories[2]).key).toBe("control-unknown");
    expect(controlShade(territories[3]).key).toBe("control-0");
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
