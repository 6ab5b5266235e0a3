// An editor gives a new negotiation its own map in Chromium: creates the negotiation and two
// territories, uploads a small GeoJSON on the negotiation's map page, and reads which territories
// the features match and which do not.
import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { seed } from "./support/seed";

test.use({ storageState: storageState("editor") });

const square = (x: number, y: number, properties: Record<string, unknown>) => ({
  type: "Feature",
  properties,
  geometry: { type: "Polygon", coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});

test("an editor uploads a GeoJSON map for a new negotiation and sees the match report", async ({ page }) => {
  await page.goto("/admin");
  const origin = new URL(page.url()).origin;
  const created = await page.request.post("/api/admin/negotiations", {
    data: { title: "Map upload talks (e2e)", slug: "map-upload-e2e", stage: "active", startedOn: null, endedOn: null, summary: "Talks for the map upload test.", partyIds: [] },
    headers: { origin },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  // The seed's id is its own: a new territory gets one on create.
  const { id: _id, code: _code, negotiationId: _n, ...territory } = seed.territories[0] as Record<string, unknown>;
  void [_id, _code, _n];
  for (const code of ["XB-1", "XB-2"]) {
    const res = await page.request.post("/api/admin/territories", { data: { ...territory, code, negotiationId: id }, headers: { origin } });
    expect(res.status(), await res.text()).toBe(201);
  }

  await page.goto(`/admin/negotiations/${id}`);
  await page.getByRole("link", { name: "Map of this negotiation" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/negotiations/${id}/map$`));
  await expect(page.getByTestId("map-current")).toContainText("No map uploaded");

  const geojson = { type: "FeatureCollection", features: [square(30, 10, { code: "XB-1", name: "First area" }), square(31, 10, { code: "ZZ-8", name: "Elsewhere" })] };
  await page.locator("#map-file").setInputFiles({ name: "areas.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(geojson)) });
  await expect(page.getByLabel("Property holding the territory code")).toHaveValue("code");
  await page.getByLabel("Licence").fill("CC0 1.0");
  await page.getByLabel("Attribution (shown under the map)").fill("Areas drawn for the e2e test.");
  await page.getByRole("button", { name: "Upload the map" }).click();

  await expect(page.getByTestId("map-upload-status")).toHaveText("Map saved.");
  const report = page.getByTestId("map-report").last();
  await expect(report).toContainText("2 features; 1 of 2 territories match a feature.");
  await expect(report.getByTestId("map-report-unmatched-territories")).toHaveText("Territories without a feature: XB-2");
  await expect(report.getByTestId("map-report-unmatched-features")).toHaveText("Features that name no territory: ZZ-8");
  // The page, refreshed, shows the stored map with its terms.
  await expect(page.getByTestId("map-current")).toContainText("version 1");
  await expect(page.getByTestId("map-current")).toContainText("CC0 1.0");
});

test("a file without the licence is refused naming the field", async ({ page }) => {
  await page.goto("/admin/negotiations");
  const row = await (await page.request.get("/api/admin/negotiations?pageSize=200")).json();
  const id = (row.items as { id: string; title: string }[]).find((n) => n.title === "Map upload talks (e2e)")?.id ?? seed.negotiations[0].id;
  await page.goto(`/admin/negotiations/${id}/map`);
  await page.locator("#map-file").setInputFiles({ name: "bad.geojson", mimeType: "application/geo+json", buffer: Buffer.from('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"XB-1"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}]}') });
  await page.getByLabel("Attribution (shown under the map)").fill("Test.");
  await page.getByRole("button", { name: /Upload the map|Replace the map/ }).click();
  await expect(page.locator("#map-licence-error")).toContainText("licence");
  await expect(page.locator("#map-file-error")).toContainText("four or more positions");
});
