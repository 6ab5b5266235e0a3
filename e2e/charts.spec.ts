// The key charts as a reader sees them: drawn on the server as SVG (in the page's HTML, and in
// print, without any script), labels whole and never cut, values on the bars, ranges drawn from
// low to high, legends where colour means something, an accessible name and a data table each,
// dates in the reader's format, an order fixed by the data, and readable in light and dark.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signedPrintUrl } from "./support/print";
import { latestBriefing, N, seed } from "./support/seed";

const en = new Intl.NumberFormat("en-GB");
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---- What the seed says each chart shows --------------------------------------------------

const isPublished = (r: { status: string }) => r.status === "published";
const charted = seed.metrics.filter((m) => typeof m.chartOrder === "number").sort((a, b) => a.chartOrder! - b.chartOrder! || byText(a.name, b.name));
const metrics = charted.filter((m) => m.unit === charted[0]?.unit);
const drafts = new Map(seed.drafts.map((d) => [d.id, d]));
const figures = seed["metric-values"]
  .filter((v) => isPublished(v) && metrics.some((m) => m.id === v.metricId) && (!v.draftId || isPublished(drafts.get(v.draftId)!)))
  .map((v) => {
    const draft = v.draftId ? drafts.get(v.draftId) : undefined;
    const high = typeof v.valueHigh === "number" && v.valueHigh > v.value ? v.valueHigh : null;
    return {
      label: draft ? draft.name : v.label,
      metric: metrics.findIndex((m) => m.id === v.metricId),
      value: v.value,
      high,
      text: `${v.approximate ? "~" : ""}${en.format(v.value)}${high ? `–${en.format(high)}` : ""}`,
      date: v.date ?? draft?.date ?? null,
    };
  })
  // By metric (the editors' chart order), largest first, then by label.
  .sort((a, b) => a.metric - b.metric || b.value - a.value || (b.high ?? b.value) - (a.high ?? a.value) || byText(a.label, b.label));
const figuresTitle = metrics.map((m) => m.name).join("; ");

/** Issues with at least one published statement, in the editors' order. */
const issues = seed.issues.filter((i) => seed.positions.some((p) => p.issueId === i.id && isPublished(p))).sort((a, b) => a.sortOrder - b.sortOrder || byText(a.title, b.title));

const shares = seed.territories
  .filter((t) => typeof t.controlSharePct === "number" && t.controlledById)
  .map((t) => ({ label: (t.names as Record<string, string>).en, value: t.controlSharePct!, controller: t.controlledById! }))
  .sort((a, b) => b.value - a.value || byText(a.label, b.label));
const controllers = [...new Set(shares.map((s) => s.controller))].map((id) => seed.actors.find((a) => a.id === id)!.name);
const sharesTitle = controllers.length === 1 ? `Share of each territory held by ${controllers[0]}` : "Share of each territory held by its controller";

const events = seed.cards.filter((c) => isPublished(c) && c.kind === "event" && c.eventDate).sort((a, b) => byText(a.eventDate!, b.eventDate!) || byText(a.title, b.title));

const CHARTS = [
  { id: "figures", title: figuresTitle },
  { id: "stances", title: "Current stances per issue" },
  { id: "territories", title: sharesTitle },
  { id: "events", title: "Timeline of events" },
] as const;

test.beforeAll(() => {
  // The seed must give every chart something to draw, including a range and an approximate figure.
  expect(figures.length).toBeGreaterThan(1);
  expect(figures.some((f) => f.high)).toBe(true);
  expect(issues.length).toBeGreaterThan(1);
  expect(shares.length).toBeGreaterThan(1);
  expect(events.length).toBeGreaterThan(1);
});

// ---- Reading the drawings -------------------------------------------------------------------

const chart = (page: Page, id: string) => page.getByTestId(`chart-${id}`);

/** A layer's texts, top to bottom (a wrapped label's lines joined by spaces). */
const texts = (drawing: Locator, layer: string) =>
  drawing.evaluate(
    (svg, sel) =>
      [...svg.querySelectorAll(`${sel} text`)]
        .map((t) => ({ y: t.getBoundingClientRect().top, text: [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" ") || (t.textContent ?? "") }))
        .sort((a, b) => a.y - b.y)
        .map((t) => t.text),
    layer,
  );

/** Text that is cut, runs outside its drawing, or lies over another text. */
const textProblems = (drawing: Locator) =>
  drawing.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const all = [...svg.querySelectorAll("text")].map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }));
    const problems: string[] = [];
    for (const { text, r } of all) {
      if (text.includes("…")) problems.push(`cut: ${text}`);
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(`outside the drawing: ${text}`);
    }
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i].r, all[j].r];
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) problems.push(`overlap: "${all[i].text}" and "${all[j].text}"`);
      }
    return problems;
  });

/**
 * Text whose colour does not stand out 4.5:1 from what is behind it: the card, or the bar it is
 * written on. Legend entries too.
 */
const contrastProblems = (frame: Locator) =>
  frame.evaluate((figure) => {
    // Any CSS colour (Tailwind's are oklch) as sRGB, by painting it.
    const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgb = (c: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const card = getComputedStyle(figure).backgroundColor;
    const bars = [...figure.querySelectorAll("rect[data-bar='solid']")].map((r) => ({ r: r.getBoundingClientRect(), fill: getComputedStyle(r).fill }));
    const problems: string[] = [];
    for (const t of figure.querySelectorAll("svg text")) {
      const r = t.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const behind = bars.find((b) => x > b.r.left && x < b.r.right && y > b.r.top && y < b.r.bottom)?.fill ?? card;
      const fill = getComputedStyle(t).fill;
      if (ratio(fill, behind) < 4.5) problems.push(`"${t.textContent}" ${fill} on ${behind}: ${ratio(fill, behind).toFixed(2)}`);
    }
    for (const li of figure.querySelectorAll("[data-legend-item]")) {
      const colour = getComputedStyle(li).color;
      if (ratio(colour, card) < 4.5) problems.push(`legend "${li.textContent}" ${colour} on ${card}`);
    }
    return problems;
  });

/** Bounding boxes of the bars whose tooltip begins with a label. */
const barsOf = (drawing: Locator, label: string) =>
  drawing.evaluate(
    (svg, l) =>
      [...svg.querySelectorAll("rect[data-bar]")]
        .filter((r) => r.querySelector("title")?.textContent?.startsWith(`${l}:`))
        .map((r) => ({ kind: r.getAttribute("data-bar"), left: r.getBoundingClientRect().left, right: r.getBoundingClientRect().right, fill: getComputedStyle(r).fill, title: r.querySelector("title")!.textContent })),
    label,
  );

async function openTable(frame: Locator) {
  await frame.getByText("Show data table").click();
  const table = frame.getByRole("table");
  await expect(table).toBeVisible();
  await expect(frame.getByText("Hide data table")).toBeVisible();
  return table;
}

// ---- The tests ----------------------------------------------------------------------------

test("each chart is an image named by its title, with its data as a table that opens", async ({ page }) => {
  await page.goto(N("/charts"));
  for (const { id, title } of CHARTS) {
    const frame = chart(page, id);
    await expect(frame.getByRole("img", { name: title, exact: true })).toBeVisible();
    const table = await openTable(frame);
    const rows = { figures: figures.length, stances: issues.length, territories: shares.length, events: events.length }[id];
    await expect(table.locator("tbody tr")).toHaveCount(rows);
  }
});

for (const width of [1440, 390]) {
  test(`labels are whole, wrapped rather than cut, inside their drawing and clear of each other at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(N("/charts"));
    const sorted = (list: string[]) => [...list].sort(byText);
    expect(sorted(await texts(chart(page, "figures").getByRole("img"), "[data-labels]"))).toEqual(sorted(figures.map((f) => f.label)));
    expect(sorted(await texts(chart(page, "stances").getByRole("img"), "[data-labels]"))).toEqual(sorted(issues.map((i) => i.title)));
    expect(sorted(await texts(chart(page, "territories").getByRole("img"), "[data-labels]"))).toEqual(sorted(shares.map((s) => s.label)));
    for (const { id } of CHARTS) expect(await textProblems(chart(page, id).getByRole("img")), id).toEqual([]);
    // The longest label needs more than one line on a phone: it is wrapped, not shortened.
    if (width === 390) {
      const longest = [...figures.map((f) => f.label), ...issues.map((i) => i.title)].sort((a, b) => b.length - a.length)[0];
      const lines = await page.locator("svg [data-labels] text").evaluateAll((els, l) => els.find((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" ") === l)?.querySelectorAll("tspan").length ?? 0, longest);
      expect(lines).toBeGreaterThan(1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test("bars carry their values in the en-GB format; ranges run from low to high; approximate values are marked", async ({ page }) => {
  await page.goto(N("/charts"));
  const drawing = chart(page, "figures").getByRole("img");
  const values = await texts(drawing, "[data-values]");
  for (const f of figures) expect(values, f.label).toContain(f.text);
  const shareValues = await texts(chart(page, "territories").getByRole("img"), "[data-values]");
  for (const s of shares) expect(shareValues, s.label).toContain(`${en.format(s.value)}%`);

  // A range: a solid bar from zero to the low value, then a band on to the high value, to scale.
  const ranged = figures.find((f) => f.high)!;
  const bars = await barsOf(drawing, ranged.label);
  const solid = bars.find((b) => b.kind === "solid")!;
  const band = bars.find((b) => b.kind === "range")!;
  expect(band, "the range is drawn as a band").toBeDefined();
  const origin = (await drawing.boundingBox())!.x;
  expect(Math.abs(solid.left - origin)).toBeLessThan(1);
  expect(Math.abs(band.left - solid.right)).toBeLessThan(1.5);
  expect((band.right - origin) / (solid.right - origin)).toBeCloseTo(ranged.high! / ranged.value, 1);
  expect(band.title).toContain(ranged.text);

  // "~" marks approximate values, and the legend says so.
  const legend = chart(page, "figures").getByTestId("chart-legend");
  if (figures.some((f) => f.text.startsWith("~"))) await expect(legend.locator("[data-legend-item]", { hasText: "approximate value" })).toContainText("~");
  await expect(legend.locator("[data-legend-item]", { hasText: "Range of estimates" })).toBeVisible();
});

test("legends name what each colour means, in the colours of the bars", async ({ page }) => {
  await page.goto(N("/charts"));
  const swatch = (frame: Locator, name: string) => frame.locator("[data-legend-item]", { hasText: name }).locator("[data-swatch]").evaluate((s) => getComputedStyle(s).backgroundColor);

  const figuresFrame = chart(page, "figures");
  if (metrics.length > 1)
    for (const [i, m] of metrics.entries()) {
      const colour = await swatch(figuresFrame, m.name);
      const figure = figures.find((f) => f.metric === i)!;
      const [bar] = await barsOf(figuresFrame.getByRole("img"), figure.label);
      expect(bar.fill, m.name).toBe(colour);
    }

  const stancesFrame = chart(page, "stances");
  const stanceNames = ["Supports", "Conditional", "Ambiguous", "Opposes", "Unknown"];
  await expect(stancesFrame.locator("[data-legend-item]")).toHaveText(stanceNames);
  const segments = await stancesFrame.locator("rect[data-bar]").evaluateAll((rects) => rects.map((r) => ({ title: r.querySelector("title")!.textContent!, fill: getComputedStyle(r).fill })));
  for (const name of stanceNames) {
    const segment = segments.find((s) => s.title.includes(`: ${name},`));
    if (segment) expect(segment.fill, name).toBe(await swatch(stancesFrame, name));
  }
});

test("dates read as the rest of Parley writes them, and every chart keeps an order fixed by its data", async ({ page }) => {
  await page.goto(N("/charts"));
  // Top to bottom as the seed orders them, not as the database returns rows.
  expect(await texts(chart(page, "figures").getByRole("img"), "[data-labels]")).toEqual(figures.map((f) => f.label));
  expect(await texts(chart(page, "stances").getByRole("img"), "[data-labels]")).toEqual(issues.map((i) => i.title));
  expect(await texts(chart(page, "territories").getByRole("img"), "[data-labels]")).toEqual(shares.map((s) => s.label));

  const eventsTable = await openTable(chart(page, "events"));
  await expect(eventsTable.locator("tbody tr td:first-child")).toHaveText(events.map((e) => day.format(new Date(e.eventDate!))));
  await expect(eventsTable.locator("tbody tr td:nth-child(2)")).toHaveText(events.map((e) => e.title));
  for (const tick of await texts(chart(page, "events").getByRole("img"), "[data-ticks='dates']")) expect(tick).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/);

  const figuresTable = await openTable(chart(page, "figures"));
  await expect(figuresTable.locator("tbody tr td:nth-child(4)")).toHaveText(figures.map((f) => (f.date ? day.format(new Date(f.date)) : "")));
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`chart text and legends stand out from what is behind them (${scheme})`, async ({ page }) => {
      await page.goto(N("/charts"));
      if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
      else await expect(page.locator("html")).not.toHaveClass(/dark/);
      for (const { id } of CHARTS) expect(await contrastProblems(chart(page, id)), id).toEqual([]);
    });

    for (const path of [N("/charts"), N()]) {
      test(`no serious or critical accessibility violations on ${path} with the data tables open (${scheme})`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(path);
        for (const { id } of CHARTS) await openTable(chart(page, id));
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
      });
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Signed when used: a print token lives two minutes.
  const printCharts = () => signedPrintUrl(N("/print/charts"), { paper: "A4" });
  const printBriefing = () => signedPrintUrl(N(`/print/briefings/${latestBriefing.slug}`), { paper: "A4", sections: "charts" });

  for (const [name, path] of [["the charts print page", printCharts], ["the briefing print page", printBriefing]] as const) {
    test(`${name} shows every chart whole, with its bars`, async ({ page }) => {
      await page.goto(path());
      for (const { id, title } of CHARTS) {
        const drawing = chart(page, id).getByRole("img", { name: title, exact: true });
        await expect(drawing).toBeVisible();
        const box = (await drawing.boundingBox())!;
        expect(box.width).toBeGreaterThan(200);
        expect(box.height).toBeGreaterThan(100);
      }
      await expect(chart(page, "figures").locator("rect[data-bar='solid']")).toHaveCount(figures.length);
      await expect(chart(page, "territories").locator("rect[data-bar='solid']")).toHaveCount(shares.length);
      await expect(chart(page, "events").locator("circle")).toHaveCount(events.length);
      expect(await chart(page, "stances").locator("rect[data-bar='solid']").count()).toBeGreaterThanOrEqual(issues.length);
    });
  }

  test("a chart's data table opens without a script", async ({ page }) => {
    await page.goto(printCharts());
    const table = await openTable(chart(page, "territories"));
    await expect(table.locator("tbody tr")).toHaveCount(shares.length);
  });

  const fetchHtml = (url: string, request: import("@playwright/test").APIRequestContext) =>
    request.get(url).then(async (response) => {
      expect(response.status()).toBe(200);
      return response.text();
    });
  const count = (html: string, what: string) => html.split(what).length - 1;

  for (const [name, path] of [["the charts print page's", printCharts], ["the briefing print page's", printBriefing]] as const) {
    test(`${name} HTML, fetched plainly, holds every chart as an SVG with its bars`, async ({ request }) => {
      const html = await fetchHtml(path(), request);
      const drawing = (id: string) => new RegExp(`<svg[^>]*data-chart-drawing="${id}"[^>]*>[\\s\\S]*?</svg>`).exec(html)?.[0] ?? "";
      for (const { id } of CHARTS) expect(drawing(id), id).toMatch(/^<svg[^>]*role="img"/);
      expect(count(drawing("figures"), 'data-bar="solid"')).toBe(figures.length);
      expect(count(drawing("figures"), 'data-bar="range"')).toBe(figures.filter((f) => f.high).length);
      expect(count(drawing("territories"), 'data-bar="solid"')).toBe(shares.length);
      expect(count(drawing("events"), "<circle")).toBe(events.length);
      expect(count(drawing("stances"), 'data-bar="solid"')).toBeGreaterThanOrEqual(issues.length);
      for (const f of figures) expect(drawing("figures"), f.label).toContain(`>${f.text}</text>`);
    });
  }

  // The dashboard and the charts page stream behind a skeleton (their loading.tsx) that a script
  // swaps for the content, and React may send parts of a drawing as separate pieces of the same
  // HTML; every bar and value is in the page as served all the same.
  for (const [name, path] of [["the dashboard's", N()], ["the charts page's", N("/charts")]] as const) {
    test(`${name} HTML, fetched plainly, holds every chart's bars and values`, async ({ request }) => {
      const html = await fetchHtml(path, request);
      for (const { id } of CHARTS) expect(html, id).toMatch(new RegExp(`<svg role="img"[^>]*data-chart-drawing="${id}"`));
      expect(count(html, 'data-bar="solid"')).toBeGreaterThanOrEqual(figures.length + shares.length + issues.length);
      expect(count(html, 'data-bar="range"')).toBe(figures.filter((f) => f.high).length);
      expect(count(html, 'data-dot="true"')).toBe(events.length);
      for (const f of figures) expect(html, f.label).toContain(`>${f.text}</text>`);
    });
  }
});
