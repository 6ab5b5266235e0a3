// The territorial map as an analyst reads it: regions named on the map (or numbered, with a
// key), on hover and on focus; several claims of one layer shown each; a control share nobody
// reported never read as 0% or "none"; a legend of exactly what is drawn; a layer for every draft
// with territorial provisions; one light SVG that follows the theme.
import { expect, test, type Page } from "@playwright/test";
import { readSeedData } from "../lib/seed/read";
import { negotiationSeed } from "../lib/seed/scope";
import { seed, N } from "./support/seed";

const nameOf = (t: { names: Record<string, string> }) => t.names.en;
const territory = (code: string) => seed.territories.find((t) => t.code === code)!;
const donetsk = territory("UA-14");
const donetskClaims = seed.claims.filter((c) => c.territoryId === donetsk.id);
const actorName = (id: string | null | undefined) => seed.actors.find((a) => a.id === id)?.name ?? "";
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** A draft's layer as the requirement names it: its name and its date. */
const draftLayer = (d: { name: string; date: unknown }) => `${d.name} (${day.format(new Date(String(d.date)))}): provisions`;
const drafts = seed.drafts.filter((d) => d.status === "published");
const draftsWithClaims = drafts.filter((d) => seed.claims.some((c) => c.draftId === d.id));
const plan28 = drafts.find((d) => d.id === "plan28")!;
/** The kinds of claim, as a reader sees them named. */
const KIND: Record<string, string> = {
  recognised_de_facto: "Control recognised de facto",
  withdrawal: "Withdrawal of forces",
  demilitarised_zone: "Demilitarised zone",
};

test.use({ viewport: { width: 1440, height: 900 } });

async function chooseLayer(page: Page, label: string) {
  await page.getByRole("radiogroup", { name: "Map layer" }).getByText(label, { exact: true }).click();
  await expect(page.getByTestId("map-layer-shown")).toHaveText(`Layer shown: ${label}`);
}

test("the map draws all 27 regions and switches layers", async ({ page }) => {
  await page.goto(N("/map"));
  const map = page.getByTestId("territory-map");
  await expect(map.locator("[data-iso]")).toHaveCount(27);
  await expect(map).toHaveAttribute("data-layer", "control");

  await chooseLayer(page, draftLayer(plan28));
  await expect(page).toHaveURL(/layer=draft(%3A|:)plan28/);
  await expect(map).toHaveAttribute("data-layer", "draft:plan28");
  // Donetsk under the 28-point plan: recognised de facto is its most far-reaching provision.
  expect(donetskClaims.some((c) => c.draftId === "plan28" && c.claim === "recognised_de_facto")).toBe(true);
  await expect(map.locator('[data-iso="UA-14"]')).toHaveAttribute("data-shade", "recognised_de_facto");
  await expect(page.getByTestId("map-legend")).toContainText("Control recognised de facto");
});

test("every draft with territorial provisions has a layer, named with its date; the others have none", async ({ page }) => {
  await page.goto(N("/map"));
  const layers = page.getByRole("radiogroup", { name: "Map layer" });
  for (const d of draftsWithClaims) await expect(layers.getByText(draftLayer(d), { exact: true })).toBeVisible();
  for (const d of drafts.filter((x) => !draftsWithClaims.includes(x))) await expect(layers.getByText(d.name, { exact: false })).toHaveCount(0);
  await expect(page.getByTestId("map-layer-shown")).toHaveText("Layer shown: Current control");
});

test("a region opens its panel by mouse, and by keyboard", async ({ page }) => {
  await page.goto(N("/map"));
  const region = page.locator('[data-iso="UA-14"]');
  await region.hover();
  await expect(page.getByTestId("map-tooltip")).toContainText(nameOf(donetsk));
  await region.click();
  const panel = page.getByTestId("territory-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(nameOf(donetsk));
  await expect(panel.getByTestId("territory-claim")).toHaveCount(donetskClaims.length);

  await panel.getByRole("button", { name: "Close region panel" }).click();
  await expect(panel).toHaveCount(0);
  const crimea = page.locator('[data-iso="UA-43"]');
  await crimea.focus();
  // Focus shows the same text as hover.
  await expect(page.getByTestId("map-tooltip")).toContainText(nameOf(territory("UA-43")));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/region=UA-43/);
  await expect(page.getByTestId("territory-panel").getByRole("heading", { level: 2 })).toHaveText(nameOf(territory("UA-43")));
});

test.describe("region names", () => {
  test("every region is named on the map or numbered with a key, and every region's hover text starts with its name", async ({ page }) => {
    await page.goto(N("/map"));
    const map = page.getByTestId("territory-map");
    const labels = page.getByTestId("map-labels");
    await expect(labels).toBeVisible();
    const keyed = page.getByTestId("map-number-key");
    for (const t of seed.territories) {
      // Names split over two lines read back without the space between them.
      const named = labels.locator(`text[data-label="${t.code}"]`);
      const numbered = labels.locator(`.map-number[data-label="${t.code}"]`);
      if (await named.count()) expect((await named.textContent())?.replace(/\s/g, ""), t.code).toBe(nameOf(t).replace(/\s/g, ""));
      else {
        await expect(numbered, `${t.code} is named or numbered`).toHaveCount(1);
        const number = await numbered.textContent();
        await expect(keyed.getByRole("listitem").filter({ hasText: nameOf(t) })).toHaveText(`${number} ${nameOf(t)}`);
      }
      await expect(map.locator(`[data-iso="${t.code}"]`)).toHaveAttribute("aria-label", new RegExp(`^${nameOf(t).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    }
    // Most regions have room for their name at 1440 px.
    expect(await labels.locator("text[data-label]").count()).toBeGreaterThanOrEqual(20);
  });

  test("labels do not overlap one another and stay inside the map at 1440 px", async ({ page }) => {
    await page.goto(N("/map"));
    const boxes = await page.getByTestId("map-labels").evaluate((g) => {
      const svg = (g as SVGGElement).ownerSVGElement!.getBoundingClientRect();
      const own = [...g.querySelectorAll(":scope > text, :scope > .map-number")].map((el) => {
        const r = el.getBoundingClientRect();
        return { label: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      return { svg: { left: svg.left, right: svg.right, top: svg.top, bottom: svg.bottom }, own };
    });
    expect(boxes.own.length).toBeGreaterThan(20);
    for (const a of boxes.own) {
      expect(a.left, `${a.label} inside the map`).toBeGreaterThanOrEqual(boxes.svg.left);
      expect(a.right, `${a.label} inside the map`).toBeLessThanOrEqual(boxes.svg.right);
    }
    const overlapping = [];
    for (let i = 0; i < boxes.own.length; i++)
      for (let j = i + 1; j < boxes.own.length; j++) {
        const [a, b] = [boxes.own[i], boxes.own[j]];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlapping.push(`${a.label} / ${b.label}`);
      }
    expect(overlapping).toEqual([]);
  });

  test("on a phone the names give way to the table, with nothing wider than the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(N("/map"));
    await expect(page.getByTestId("territory-map")).toBeVisible();
    await expect(page.getByTestId("map-labels")).toBeHidden();
    await page.getByText("Table view of this layer").click();
    await expect(page.getByTestId("map-table").locator("tbody tr")).toHaveCount(seed.territories.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  test("in print the map keeps its names, says which layer it shows and lists every region", async ({ page }) => {
    await page.goto(N(`/map?layer=draft:plan28`));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("map-labels")).toBeVisible();
    await expect(page.getByTestId("map-layer-shown")).toHaveText(`Layer shown: ${draftLayer(plan28)}`);
    await expect(page.getByTestId("map-table")).toBeVisible();
    await expect(page.getByTestId("map-table").locator("tbody tr")).toHaveCount(seed.territories.length);
  });
});

test("a region with several claims in the layer shows each: pattern, hover text, panel and table", async ({ page }) => {
  const own = donetskClaims.filter((c) => c.draftId === "plan28");
  expect(own.length).toBeGreaterThan(1);
  await page.goto(N("/map?layer=draft:plan28"));
  const map = page.getByTestId("territory-map");
  const region = map.locator('[data-iso="UA-14"]');
  await expect(region).toHaveAttribute("data-several", "");
  // Its fill is the several-claims pattern, not the plain shade.
  expect(await region.evaluate((el) => getComputedStyle(el).fill)).toMatch(/url\(.*several-recognised_de_facto/);
  await expect(page.getByTestId("map-legend").locator('[data-key="several"]')).toContainText("Several claims");
  // A region the draft makes one claim on has no overlay.
  const single = seed.territories.find((t) => seed.claims.filter((c) => c.territoryId === t.id && c.draftId === "plan28").length === 1)!;
  await expect(map.locator(`[data-iso="${single.code}"]`)).not.toHaveAttribute("data-several");

  await region.hover();
  const tooltip = page.getByTestId("map-tooltip");
  await expect(tooltip).toContainText(`${own.length} claims`);
  for (const c of own) await expect(tooltip).toContainText(KIND[c.claim]);

  await region.click();
  const layerClaims = page.getByTestId("panel-layer-claims");
  await expect(layerClaims).toContainText(`Several claims (${own.length})`);
  for (const c of own) await expect(layerClaims).toContainText(c.summary);

  await page.getByText("Table view of this layer").click();
  const row = page.getByTestId("map-table").locator('tr[data-code="UA-14"]');
  await expect(row.getByTestId("map-table-claim")).toHaveCount(own.length);
  for (const c of own) await expect(row).toContainText(c.summary);
});

test("a share nobody reported reads as not reported, never 0% or none; 'none held' only where the record says none", async ({ page }) => {
  await page.goto(N("/map"));
  await page.getByText("Table view of this layer").click();
  const table = page.getByTestId("map-table");
  for (const t of seed.territories) {
    const cell = table.locator(`tr[data-code="${t.code}"] td`).first();
    const who = actorName(t.controlledById);
    if (!t.controlledById) await expect(cell).toHaveText("Control not stated");
    else if (t.controlExtent === "none" || t.controlSharePct === 0) await expect(cell).toHaveText(`None of it held by ${who}`);
    else if (t.controlSharePct === null) {
      await expect(cell).toContainText("not reported");
      await expect(cell).not.toContainText("%");
      await expect(cell).not.toContainText(/none/i);
    } else await expect(cell).toHaveText(`${t.controlSharePct}% held by ${who}`);
  }
  // The one region partly held with no share: its shade and its hover say so.
  const unreported = seed.territories.find((t) => t.controlExtent === "partial" && t.controlSharePct === null)!;
  const region = page.getByTestId("territory-map").locator(`[data-iso="${unreported.code}"]`);
  await region.hover();
  await expect(page.getByTestId("map-tooltip")).toContainText("share not reported");
  await expect(page.getByTestId("map-tooltip")).not.toContainText("0%");
  await expect(page.getByTestId("map-legend")).toContainText(`Part held by ${actorName(unreported.controlledById)}, share not reported`);
});

test("the legend lists every shade the map draws and nothing else, in a stable order, for every layer", async ({ page }) => {
  await page.goto(N("/map"));
  const radios = page.getByRole("radiogroup", { name: "Map layer" }).locator("label");
  const layerLabels = await radios.allInnerTexts();
  for (const label of layerLabels) {
    await chooseLayer(page, label.trim());
    const map = page.getByTestId("territory-map");
    const drawn = new Set(await map.locator("[data-shade]").evaluateAll((els) => els.map((e) => e.getAttribute("data-shade")!)));
    if (await map.locator("[data-several]").count()) drawn.add("several");
    const listed = await page.getByTestId("map-legend").locator("li").evaluateAll((els) => els.map((e) => e.getAttribute("data-key")!));
    expect(new Set(listed), label).toEqual(drawn);
    expect(listed.length, `${label}: each entry once`).toBe(new Set(listed).size);
    // Each entry has a visible swatch.
    for (const li of await page.getByTestId("map-legend").locator("li").all()) await expect(li.locator("svg, span[aria-hidden]").first()).toBeVisible();
  }
  // The control layer's entries run up the scale, then "share not reported".
  await chooseLayer(page, "Current control");
  const who = actorName(seed.territories[0].controlledById);
  const order = await page.getByTestId("map-legend").locator("li").allInnerTexts();
  const expected = [`None held by ${who}`, `Under 10% held by ${who}`, `50–90% held by ${who}`, `90% or more held by ${who}`, `Part held by ${who}, share not reported`];
  expect(order.map((s) => s.trim())).toEqual(expected);
  await page.reload();
  expect((await page.getByTestId("map-legend").locator("li").allInnerTexts()).map((s) => s.trim())).toEqual(expected);
});

test("without its own map a negotiation's legend names the outline-only shapes and the territories without a shape", async ({ page }) => {
  const all = readSeedData();
  const other = all.negotiations.find((n) => n.status === "published" && n.id !== seed.negotiations[0].id && !(all.maps ?? []).some((m) => m.negotiationId === n.id))!;
  const own = negotiationSeed(all, other.id);
  await page.goto(`/n/${other.slug}/map`);
  const legend = page.getByTestId("map-legend");
  const undrawn = await page.getByTestId("map-undrawn").locator("li").count();
  expect(undrawn).toBeGreaterThan(0);
  expect(undrawn).toBeLessThanOrEqual(own.territories.length);
  await expect(legend).toContainText(`No shape on this map: ${undrawn} ${undrawn === 1 ? "territory" : "territories"}, listed below`);
  if (await page.getByTestId("territory-map").locator('[data-territory="none"]').count()) await expect(legend).toContainText("Outline only: not a territory of this negotiation");
});

test("the map is one light SVG: shared styles by data-* attributes, each pattern defined once, following the theme", async ({ page }) => {
  await page.goto(N("/map?layer=draft:plan28"));
  const map = page.getByTestId("territory-map");
  // No region carries its own colours or styles.
  const styled = await map.locator("[data-iso]").evaluateAll((els) => els.filter((e) => ["fill", "style", "stroke", "stroke-width", "class"].some((a) => e.hasAttribute(a))).length);
  expect(styled).toBe(0);
  // Patterns are defined once on the page; the legend's swatches refer to them.
  const ids = await page.locator("pattern").evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
  await expect(page.getByTestId("map-legend").locator("pattern")).toHaveCount(0);
  await expect(map.locator("style")).toHaveCount(1);
  expect((await map.evaluate((svg) => svg.outerHTML)).length).toBeLessThan(60_000);

  // The same region is painted for the page's theme.
  const unclaimed = seed.territories.find((t) => !seed.claims.some((c) => c.territoryId === t.id && c.draftId === "plan28"))!;
  const fill = () => map.locator(`[data-iso="${unclaimed.code}"]`).evaluate((el) => getComputedStyle(el).fill);
  const light = await fill();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(await fill()).not.toBe(light);
});

test("the table alternative lists every region", async ({ page }) => {
  await page.goto(N("/map"));
  await page.getByText("Table view of this layer").click();
  await expect(page.getByTestId("map-table").locator("tbody tr")).toHaveCount(27);
});

test("the map is the negotiation's own, with its attribution under it", async ({ page }) => {
  await page.goto("/map");
  await expect(page.locator("figure[data-map-source]")).toHaveAttribute("data-map-source", "uploaded");
  await expect(page.getByTestId("map-attribution")).toContainText("Natural Earth");
});
