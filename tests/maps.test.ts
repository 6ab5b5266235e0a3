// Map geometry per negotiation, through the HTTP API on SQLite and PostgreSQL: an editor uploads
// GeoJSON or TopoJSON for a negotiation; bad files and missing terms are refused naming the field,
// and nothing is stored; the answer says which of the negotiation's territories the features
// match; an upload, a replacement and a removal each leave an audit entry; analysts and editors
// limited to another negotiation are refused. A negotiation without a map gets country outlines;
// the seeded first case's map is what its committed files hold.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { readSeedData } from "@/lib/seed/read";
import { apiAs, type Api } from "./support/api";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");
const { getMapGeometry } = await import("@/lib/territories/geometry");

const seed = readSeedData();
const first = seed.negotiations[0].id;
const manifest = JSON.parse(readFileSync(path.join("prisma", "seed-data", "maps", first, "manifest.json"), "utf8"));

/** A square polygon feature at (x, y), 1° wide. */
const square = (x: number, y: number, properties: Record<string, unknown>) => ({
  type: "Feature",
  properties,
  geometry: { type: "Polygon", coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const TERMS = { licence: "CC0 1.0 (test geometry)", attribution: "Test shapes drawn for this test." };

describeForEachDatabase("negotiation maps", (provider) => {
  let admin: Api;
  let editor: Api;
  let analyst: Api;
  let limited: Api & { userId: string };
  let other: string;
  let empty: string;
  const url = (id: string) => `/api/admin/negotiations/${id}/map`;
  const stored = async () => ({ maps: await t.db.negotiationMap.count(), revisions: await t.db.revision.count({ where: { entityType: "maps" } }) });

  const negotiation = async (slug: string) => {
    const res = await admin.post("/api/admin/negotiations", { title: `Talks ${slug}`, slug, stage: "active", startedOn: null, endedOn: null, summary: "Test talks.", partyIds: [] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const territory = async (negotiationId: string, code: string) => {
    // The seed's id is its own: a new territory gets one on create.
    const { id: _id, code: _code, negotiationId: _n, ...rest } = seed.territories[0] as Record<string, unknown>;
    void [_id, _code, _n];
    const res = await admin.post("/api/admin/territories", { ...rest, code, negotiationId });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };

  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    const handler = (r: Request) => getAuth().handler(r);
    admin = await apiAs(t.db, "admin", handler);
    editor = await apiAs(t.db, "editor", handler);
    analyst = await apiAs(t.db, "analyst", handler);
    limited = await apiAs(t.db, "editor", handler, "beat-editor@parley.test");
    other = await negotiation("map-test-talks");
    for (const code of ["XA-1", "XA-2", "XA-3"]) await territory(other, code);
    empty = await negotiation("map-test-country-talks");
    for (const code of ["PS-GZA", "EG-SIN"]) await territory(empty, code);
    const scoped = await admin.put(`/api/admin/users/${limited.userId}`, { negotiationIds: [other] });
    expect(scoped.status, JSON.stringify(scoped.body)).toBe(200);
  });
  afterAll(async () => t.cleanup());

  it("the seed stores the first case's committed map, with its terms, through the upload's path", async () => {
    const row = await t.db.negotiationMap.findUnique({ where: { negotiationId: first } });
    expect(row).toMatchObject({ codeProperty: manifest.codeProperty, licence: manifest.licence, attribution: manifest.attribution, featureCount: 27, version: 1 });
    expect(row!.context).not.toBeNull();
    const res = await editor.get(url(first));
    expect(res.status).toBe(200);
    const codes = seed.territories.filter((x) => x.negotiationId === first).map((x) => x.code).sort();
    expect(res.body.report.matched).toEqual(codes);
    expect(res.body.report.territoriesWithoutFeature).toEqual([]);
    const geometry = await getMapGeometry(first);
    expect(geometry.source).toBe("uploaded");
    expect(geometry.regions.map((r) => r.code).sort()).toEqual(codes);
    expect(geometry.regions.every((r) => r.d.startsWith("M") && r.centroid[0] > 0 && r.centroid[0] < geometry.width && r.centroid[1] > 0 && r.centroid[1] < geometry.height)).toBe(true);
    // The committed context holds 12 countries (7 neighbours, 5 to fill the frame); those inside the frame are drawn.
    expect(geometry.countries.filter((c) => c.neighbour).map((c) => c.iso).sort()).toEqual(["BLR", "HUN", "MDA", "POL", "ROU", "RUS", "SVK"]);
    expect(geometry.countries.length).toBeLessThanOrEqual(12);
    expect(geometry.credit.attribution).toBe(manifest.attribution);
  });

  it("refuses a file that is not JSON, naming the field, and stores nothing", async () => {
    const before = await stored();
    const res = await editor.post(url(other), { name: "Broken", file: '{"type": "FeatureCollection", "features": [', codeProperty: "code", ...TERMS });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.file.join(" ")).toMatch(/Not valid JSON/);
    expect(await stored()).toEqual(before);
  });

  it("refuses invalid GeoJSON with geojsonhint's message and line", async () => {
    const before = await stored();
    const file = JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { code: "XA-1" }, geometry: { type: "Polygon", coordinates: [[[0, 0], [1, 0], [0, 0]]] } }] }, null, 1);
    const res = await editor.post(url(other), { name: "Too short a ring", file, codeProperty: "code", ...TERMS });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.file.join(" ")).toMatch(/Not valid GeoJSON: line \d+: .*four or more positions/);
    expect(await stored()).toEqual(before);
  });

  it("refuses features without the chosen code property, offering the properties they have", async () => {
    const res = await editor.post(url(other), { name: "No codes", file: collection(square(0, 0, { name: "A" })), codeProperty: "code", ...TERMS });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.codeProperty.join(" ")).toMatch(/No feature has a "code" property.*name/);
  });

  it("requires a licence and an attribution", async () => {
    const before = await stored();
    const res = await editor.post(url(other), { name: "No terms", file: collection(square(0, 0, { code: "XA-1" })), codeProperty: "code", licence: " ", attribution: "" });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["attribution", "licence"]);
    expect(await stored()).toEqual(before);
    // A bad file is reported together with the missing terms, so one round trip shows everything.
    const both = await editor.post(url(other), { name: "No terms, bad file", file: "not json", codeProperty: "code", licence: "", attribution: "Someone" });
    expect(Object.keys(both.body.error.fields).sort()).toEqual(["file", "licence"]);
    expect(await stored()).toEqual(before);
  });

  it("refuses a file over 10 MB", async () => {
    const big = collection(square(0, 0, { code: "XA-1", padding: "x".repeat(10 * 1024 * 1024) }));
    const res = await editor.post(url(other), { name: "Too big", file: big, codeProperty: "code", ...TERMS });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.file.join(" ")).toMatch(/larger than 10 MB/);
  });

  it("refuses a TopoJSON file without arcs", async () => {
    const res = await editor.post(url(other), { name: "Broken topology", file: JSON.stringify({ type: "Topology", objects: { a: { type: "GeometryCollection", geometries: [] } } }), codeProperty: "code", ...TERMS });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.file.join(" ")).toMatch(/"arcs" must be a list/);
  });

  it("stores a GeoJSON upload and reports what matches, what does not and what was left out", async () => {
    const file = collection(square(10, 40, { code: "XA-1", label: "One" }), square(11, 40, { code: "XA-2", label: "Two" }), square(12, 40, { code: "ZZ-9", label: "Elsewhere" }), square(13, 40, { label: "No code" }));
    const res = await editor.post(url(other), { name: "Test regions", file, codeProperty: "code", nameProperty: "label", ...TERMS });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.report).toEqual({
      featureCount: 3,
      matched: ["XA-1", "XA-2"],
      territoriesWithoutFeature: ["XA-3"],
      featuresWithoutTerritory: ["ZZ-9"],
      skipped: [{ feature: 4, reason: 'no "code" property' }],
    });
    expect(res.body.map).toMatchObject({ negotiationId: other, version: 1, featureCount: 3, ...TERMS });
    const entry = await t.db.revision.findFirst({ where: { entityType: "maps", entityId: other }, orderBy: { createdAt: "desc" } });
    expect(entry?.action).toBe("upload map");
    const geometry = await getMapGeometry(other);
    expect(geometry.source).toBe("uploaded");
    expect(geometry.regions.map((r) => [r.code, r.name])).toEqual([["XA-1", "One"], ["XA-2", "Two"], ["ZZ-9", "Elsewhere"]]);
    expect(geometry.credit).toEqual({ ...TERMS, sourceUrl: null });
  });

  it("replaces it with a TopoJSON upload (a new version), then removes it, each in the audit log", async () => {
    const topology = {
      type: "Topology",
      arcs: [[[20, 40], [21, 40], [21, 41], [20, 41], [20, 40]], [[21, 40], [22, 40], [22, 41], [21, 41], [21, 40]], [[22, 40], [23, 40], [23, 41], [22, 41], [22, 40]]],
      objects: { areas: { type: "GeometryCollection", geometries: ["XA-1", "XA-2", "XA-3"].map((iso, i) => ({ type: "Polygon", arcs: [[i]], properties: { iso } })) } },
    };
    const res = await editor.post(url(other), { name: "Test regions, TopoJSON", file: JSON.stringify(topology), codeProperty: "iso", ...TERMS });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.map.version).toBe(2);
    expect(res.body.report).toMatchObject({ matched: ["XA-1", "XA-2", "XA-3"], territoriesWithoutFeature: [], featuresWithoutTerritory: [] });
    expect((await getMapGeometry(other)).regions.map((r) => r.code)).toEqual(["XA-1", "XA-2", "XA-3"]);

    expect((await editor.del(url(other))).status).toBe(204);
    expect(await t.db.negotiationMap.findUnique({ where: { negotiationId: other } })).toBeNull();
    const actions = (await t.db.revision.findMany({ where: { entityType: "maps", entityId: other }, orderBy: { version: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["upload map", "replace map", "remove map"]);
    expect((await getMapGeometry(other)).source).toBe("world");
  });

  it("analysts may not upload; an editor limited to another negotiation may not change this one's map", async () => {
    const before = await stored();
    const body = { name: "Attempt", file: collection(square(0, 0, { iso: "UA-05" })), codeProperty: "iso", ...TERMS };
    expect((await analyst.post(url(first), body)).status).toBe(403);
    expect((await limited.post(url(first), body)).status).toBe(403);
    expect((await limited.del(url(first))).status).toBe(403);
    expect(await stored()).toEqual(before);
    expect((await t.db.negotiationMap.findUnique({ where: { negotiationId: first } }))?.version).toBe(1);
    const own = await limited.post(url(other), { ...body, file: collection(square(0, 0, { iso: "XA-1" })) });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
  });

  it("a negotiation without a map gets country outlines, the countries its codes name highlighted", async () => {
    const geometry = await getMapGeometry(empty);
    expect(geometry.source).toBe("world");
    expect(geometry.note).toMatch(/No map uploaded for this negotiation; showing country outlines/);
    // PS-GZA names Palestine (ISO 3166-1 PS), EG-SIN names Egypt (EG): each country is highlighted
    // under its own code, so neither subdivision's control colours a whole country.
    expect(geometry.regions.map((r) => [r.code, r.name]).sort()).toEqual([["EG", "Egypt"], ["PS", "Palestine"]]);
    expect(geometry.note).toMatch(/Areas within a country are not drawn: see the table/);
    const israel = geometry.countries.find((c) => c.name === "Israel");
    expect(israel?.neighbour).toBe(true);
    expect(geometry.countries.find((c) => c.name === "Saudi Arabia")?.neighbour).toBe(false);
    // Countries far outside the fitted frame are not sent.
    expect(geometry.countries.find((c) => c.name === "Brazil")).toBeUndefined();
    expect(geometry.credit.attribution).toMatch(/Natural Earth/);
    // Fitted to the highlighted countries: both lie inside the frame.
    for (const r of geometry.regions) expect(r.centroid[0] > 0 && r.centroid[0] < geometry.width && r.centroid[1] > 0 && r.centroid[1] < geometry.height).toBe(true);
  });

  it("a territory that is a whole country takes that country's outline", async () => {
    const whole = await negotiation("map-test-whole-country");
    await territory(whole, "CY");
    const geometry = await getMapGeometry(whole);
    expect(geometry.regions.map((r) => [r.code, r.name])).toEqual([["CY", "Cyprus"]]);
    expect(geometry.note).toBe("No map uploaded for this negotiation; showing country outlines.");
  });

  it("a negotiation whose codes name no country still gets a world map with the note", async () => {
    const none = await negotiation("map-test-no-codes");
    const geometry = await getMapGeometry(none);
    expect(geometry.regions).toEqual([]);
    expect(geometry.countries.length).toBeGreaterThan(150);
    expect(geometry.note).toMatch(/No map uploaded for this negotiation; showing country outlines/);
  });
});
