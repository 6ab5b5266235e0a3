import { describe, expect, it } from "vitest";
import { controlSummary } from "./control";
import { labelLayouts, placeLabels, type LabelRegion } from "./labels";
import { claimKindsText, claimsInLayer, controlShade, legendFor, regionDescription, shadeTerritories, type MapClaim, type MapTerritory } from "./layers";
import { FILLS, mapStylesheet, SHADE_KEYS } from "./palette";

const holder = { id: "holder", name: "Holder" };
const other = { id: "other", name: "Other side" };
const territories: MapTerritory[] = [
  { code: "XA-1", name: "East Province", controlledBy: holder, controlExtent: "partial", controlSharePct: 79, controlAsOf: "2026-01-01" },
  { code: "XA-2", name: "Peninsula", controlledBy: holder, controlExtent: "full", controlSharePct: 100, controlAsOf: "2026-01-01" },
  { code: "XA-3", name: "Coast Province", controlledBy: holder, controlExtent: "partial", controlSharePct: null, controlAsOf: null },
  { code: "XA-4", name: "West Province", controlledBy: holder, controlExtent: "none", controlSharePct: null, controlAsOf: null },
];
const main = ["holder"];
const claims: MapClaim[] = [
  { territoryCode: "XA-1", claim: "demilitarised_zone", draftId: "plan-a", actorBloc: null, summary: "dmz" },
  { territoryCode: "XA-1", claim: "recognised_de_facto", draftId: "plan-a", actorBloc: null, summary: "de facto" },
  { territoryCode: "XA-1", claim: "recognised_de_jure", draftId: null, actorBloc: "North", actor: "North's leader", summary: "demand" },
  { territoryCode: "XA-1", claim: "withdrawal", draftId: null, actorBloc: "North", actor: "North's envoy", summary: "leave" },
  { territoryCode: "XA-1", claim: "withdrawal", draftId: null, actorBloc: "North", actor: "North's leader", summary: "leave too" },
  { territoryCode: "XA-2", claim: "recognised_de_facto", draftId: "plan-a", actorBloc: null, summary: "peninsula" },
];

describe("controlShade", () => {
  it("bins the reported share held by the named controller, each bucket from its lower bound up to the next", () => {
    expect(controlShade(territories[0], main)).toEqual({ key: "control-3", label: "50–90% held by Holder" });
    expect(controlShade(territories[1], main)).toEqual({ key: "control-4", label: "90% or more held by Holder" });
    expect(controlShade({ controlledBy: holder, controlExtent: "partial", controlSharePct: 0.5 }, main)).toEqual({ key: "control-1", label: "Under 10% held by Holder" });
    expect(controlShade({ controlledBy: holder, controlExtent: "partial", controlSharePct: 10 }, main).key).toBe("control-2");
    expect(controlShade({ controlledBy: holder, controlExtent: "partial", controlSharePct: 50 }, main).key).toBe("control-3");
    expect(controlShade({ controlledBy: holder, controlExtent: "partial", controlSharePct: 90 }, main).key).toBe("control-4");
  });
  it("says the share is not reported when it is not, and 'none held' only when the record says none", () => {
    expect(controlShade(territories[2], main)).toEqual({ key: "control-unknown", label: "Part held by Holder, share not reported" });
    expect(controlShade(territories[3], main)).toEqual({ key: "control-0", label: "None held by Holder" });
    expect(controlShade({ controlledBy: holder, controlExtent: null, controlSharePct: 0 }, main)).toEqual({ key: "control-0", label: "None held by Holder" });
    expect(controlShade({ controlledBy: null, controlExtent: null, controlSharePct: null }, main)).toEqual({ key: "control-none-stated", label: "Control not stated" });
    // A controller is named, but not how much it holds: neither "not stated" nor any share.
    expect(controlShade({ controlledBy: holder, controlExtent: null, controlSharePct: null }, main)).toEqual({ key: "control-unstated", label: "Held by Holder, how much not reported" });
  });
  it("shades a second controller in other colours than the first, so the legend tells them apart", () => {
    const mixed: MapTerritory[] = [...territories, { code: "XB-1", name: "Far West", controlledBy: other, controlExtent: null, controlSharePct: 100, controlAsOf: null }];
    const shading = shadeTerritories("control", mixed, []);
    expect(shading["XB-1"].shade).toEqual({ key: "control-alt-4", label: "90% or more held by Other side" });
    expect(shading["XA-2"].shade).toEqual({ key: "control-4", label: "90% or more held by Holder" });
  });
});

describe("controlSummary", () => {
  it("never turns a share nobody reported into 0% or 'none'", () => {
    for (const t of [territories[2], { controlledBy: holder, controlExtent: null, controlSharePct: null }]) {
      const text = controlSummary(t);
      expect(text).toMatch(/not reported/);
      expect(text).not.toMatch(/%|none/i);
    }
    expect(controlSummary(territories[2])).toBe("Part of it held by Holder; share not reported");
    expect(controlSummary({ controlledBy: null, controlExtent: null, controlSharePct: null })).toBe("Control not stated");
  });
  it("says none only when the extent is none or a share of 0 is recorded, and gives a reported share as it is", () => {
    expect(controlSummary(territories[3])).toBe("None of it held by Holder");
    expect(controlSummary({ controlledBy: holder, controlExtent: null, controlSharePct: 0 })).toBe("None of it held by Holder");
    expect(controlSummary({ controlledBy: holder, controlExtent: "none", controlSharePct: null })).toBe("None of it held by Holder");
    expect(controlSummary(territories[0])).toBe("79% held by Holder");
    expect(controlSummary({ controlledBy: holder, controlExtent: "full", controlSharePct: null })).toBe("All of it held by Holder");
  });
});

describe("shadeTerritories", () => {
  it("shades a draft layer by its most far-reaching claim, keeps every claim and marks several", () => {
    const shading = shadeTerritories("draft:plan-a", territories, claims);
    expect(shading["XA-1"].shade.key).toBe("recognised_de_facto");
    expect(shading["XA-1"].claims.map((c) => c.claim)).toEqual(["recognised_de_facto", "demilitarised_zone"]);
    expect(shading["XA-1"].several).toBe(true);
    expect(shading["XA-2"].several).toBe(false);
    expect(shading["XA-4"]).toEqual({ shade: { key: "none", label: "Nothing specified" }, claims: [], several: false });
  });

  it("selects an actor bloc's claims for the demands layers; two claims of one kind are several too", () => {
    expect(claimsInLayer("bloc:North", claims).map((c) => c.summary)).toEqual(["demand", "leave", "leave too"]);
    const shading = shadeTerritories("bloc:North", territories, claims)["XA-1"];
    expect(shading.shade.key).toBe("recognised_de_jure");
    expect(shading.several).toBe(true);
    expect(claimKindsText(shading.claims)).toBe("Control recognised de jure; Withdrawal of forces (2)");
  });
});

describe("regionDescription (hover and focus text)", () => {
  it("gives the region's name and its control under the control layer", () => {
    const shading = shadeTerritories("control", territories, claims);
    expect(regionDescription("control", territories[0], shading["XA-1"])).toBe("East Province: 79% held by Holder");
    expect(regionDescription("control", territories[2], shading["XA-3"])).toBe("Coast Province: Part of it held by Holder; share not reported");
  });
  it("lists each of several claims, one claim, or nothing specified, then the control", () => {
    const shading = shadeTerritories("draft:plan-a", territories, claims);
    expect(regionDescription("draft:plan-a", territories[0], shading["XA-1"])).toBe(
      "East Province: 2 claims: Control recognised de facto; Demilitarised zone. Control: 79% held by Holder",
    );
    expect(regionDescription("draft:plan-a", territories[1], shading["XA-2"])).toBe("Peninsula: Control recognised de facto. Control: 100% held by Holder");
    expect(regionDescription("draft:plan-a", territories[3], shading["XA-4"])).toBe("West Province: Nothing specified. Control: None of it held by Holder");
  });
});

describe("legendFor", () => {
  it("lists every shade the drawn regions use, once, in scale order, and nothing else", () => {
    const mixed: MapTerritory[] = [...territories, { code: "XB-1", name: "Far West", controlledBy: other, controlExtent: null, controlSharePct: 100, controlAsOf: null }];
    const legend = legendFor("control", shadeTerritories("control", mixed, []));
    expect(legend.map((s) => s.key)).toEqual(["control-0", "control-3", "control-4", "control-unknown", "control-alt-4"]);
    expect(legend.every((s) => s.kind === "fill")).toBe(true);
  });

  it("adds 'Control not stated' last when a region's control is not stated", () => {
    const legend = legendFor("control", shadeTerritories("control", [...territories, { code: "XA-9", name: "Line", controlledBy: null, controlExtent: null, controlSharePct: null, controlAsOf: null }], []));
    expect(legend.at(-1)).toEqual({ key: "control-none-stated", label: "Control not stated", kind: "fill" });
  });

  it("lists the claims, 'Nothing specified', then the several-claims overlay when a region has several", () => {
    const legend = legendFor("draft:plan-a", shadeTerritories("draft:plan-a", territories, claims));
    expect(legend.map((s) => [s.key, s.kind])).toEqual([
      ["recognised_de_facto", "fill"],
      ["none", "fill"],
      ["several", "overlay"],
    ]);
    expect(legend[2].label).toMatch(/^Several claims/);
  });

  it("has no several-claims entry when no region has several", () => {
    const one = claims.filter((c) => c.territoryCode === "XA-2");
    expect(legendFor("draft:plan-a", shadeTerritories("draft:plan-a", territories, one)).map((s) => s.key)).toEqual(["recognised_de_facto", "none"]);
  });

  it("names outline-only shapes and the territories without a shape when there are some", () => {
    const legend = legendFor("control", {}, { outlines: 1, undrawn: 3 });
    expect(legend).toEqual([
      { key: "outline", label: "Outline only: not a territory of this negotiation", kind: "outline" },
      { key: "undrawn", label: "No shape on this map: 3 territories, listed below", kind: "undrawn" },
    ]);
    expect(legendFor("control", {}, { undrawn: 1 })[0].label).toBe("No shape on this map: 1 territory, listed below");
  });
});

describe("palette", () => {
  it("has a fill and a rule for every shade a layer can use, and patterns stay distinct within a layer", () => {
    const css = mapStylesheet();
    for (const key of SHADE_KEYS) {
      expect(FILLS[key], key).toBeDefined();
      expect(css).toContain(`[data-shade="${key}"]`);
    }
    const look = (key: string) => `${FILLS[key].color.toLowerCase()} ${FILLS[key].pattern ?? "plain"}`;
    const control = SHADE_KEYS.filter((k) => k.startsWith("control"));
    const claimKeys = SHADE_KEYS.filter((k) => !k.startsWith("control"));
    expect(new Set(control.map(look)).size).toBe(control.length);
    expect(new Set(claimKeys.map(look)).size).toBe(claimKeys.length);
  });
  it("keeps each control scale in order of lightness in both themes: more held reads as more", () => {
    const lightness = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const palette of ["control", "control-alt"]) {
      const steps = [0, 1, 2, 3, 4].map((i) => FILLS[`${palette}-${i}`]);
      const light = steps.map((f) => lightness(f.color));
      const dark = steps.map((f) => lightness(f.dark ?? f.color));
      expect(light, `${palette} light`).toEqual([...light].sort((a, b) => b - a));
      expect(dark, `${palette} dark`).toEqual([...dark].sort((a, b) => a - b));
    }
  });
  it("gives the neutral classes their own colour in the dark theme, on screen only", () => {
    for (const key of ["none", "control-0", "control-alt-0", "control-none-stated"]) expect(FILLS[key].dark, key).toBeDefined();
    expect(mapStylesheet()).toMatch(/@media screen\{\.dark /);
  });
});

// Regions as boxes in map units: a square region's area is its box's.
const square = (code: string, name: string, x: number, y: number, size: number): LabelRegion => ({
  code,
  name,
  centroid: [x + size / 2, y + size / 2],
  bounds: [
    [x, y],
    [x + size, y + size],
  ],
  area: size * size,
});
const overlap = (a: [[number, number], [number, number]], b: [[number, number], [number, number]]) => a[0][0] < b[1][0] && b[0][0] < a[1][0] && a[0][1] < b[1][1] && b[0][1] < a[1][1];

describe("labels", () => {
  it("offers a name on one line or on two balanced lines", () => {
    expect(labelLayouts("North Province")).toEqual([["North Province"], ["North", "Province"]]);
    expect(labelLayouts("Autonomous Republic of the Coast")).toEqual([["Autonomous Republic of the Coast"], ["Autonomous Republic", "of the Coast"]]);
    expect(labelLayouts("Capital")).toEqual([["Capital"]]);
  });

  it("names a large region at its centroid and numbers one too small for its name", () => {
    const { names, numbers } = placeLabels([square("A", "Large Province", 0, 0, 200), square("B", "Small City", 400, 400, 12)]);
    expect(names.map((l) => [l.code, l.lines])).toEqual([["A", ["Large Province"]]]);
    expect([names[0].x, names[0].y]).toEqual([100, 100]);
    expect(numbers.map((l) => [l.code, l.number, l.name])).toEqual([["B", 1, "Small City"]]);
  });

  it("moves a name off a small region inside it, and never lets two labels overlap", () => {
    const regions = [square("A", "Ring Province", 0, 0, 150), square("B", "Inner City", 69, 69, 12), square("C", "Neighbour Province", 150, 0, 150), square("D", "Long Named Southern Province", 0, 150, 150)];
    const { names, numbers } = placeLabels(regions);
    expect(numbers.map((l) => l.code)).toEqual(["B"]);
    expect(names.map((l) => l.code).sort()).toEqual(["A", "C", "D"]);
    const boxes = [...names, ...numbers].map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${i} and ${j}`).toBe(false);
    // The ring's name stays within its own bounds.
    const ring = names.find((l) => l.code === "A")!;
    expect(ring.box[0][0]).toBeGreaterThanOrEqual(0);
    expect(ring.box[1][1]).toBeLessThanOrEqual(150);
  });

  it("keeps a province's name off a city enclosed in it, even one large enough for its own name", () => {
    const province = square("P", "Big Province", 0, 0, 200);
    const city = square("C", "Town", 80, 80, 40);
    const { names } = placeLabels([province, city]);
    const [p, c] = [names.find((l) => l.code === "P")!, names.find((l) => l.code === "C")!];
    expect(c.lines).toEqual(["Town"]);
    expect(overlap(p.box, city.bounds)).toBe(false);
  });

  it("anchors a label on the point given inside the shape when the centroid lies outside it", () => {
    const { names } = placeLabels([{ ...square("A", "Crescent", 0, 0, 200), labelAt: [40, 150] }]);
    expect([names[0].x, names[0].y]).toEqual([40, 150]);
  });

  it("numbers the small regions in name order", () => {
    const { numbers } = placeLabels([square("Z", "Zeta", 0, 0, 10), square("Y", "Alpha", 100, 0, 10)]);
    expect(numbers.map((l) => [l.name, l.number])).toEqual([
      ["Alpha", 1],
      ["Zeta", 2],
    ]);
  });

  it("draws a neighbouring country's name only where no region's label is", () => {
    const { context } = placeLabels([square("A", "Large Province", 0, 0, 200)], [
      { key: "n1", name: "Over", centroid: [100, 100] },
      { key: "n2", name: "Beside", centroid: [400, 100] },
    ]);
    expect(context.map((c) => c.key)).toEqual(["n2"]);
  });
});
