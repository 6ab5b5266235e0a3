// "Since you last read" in Chromium, as the issue's "done when" describes it: an analyst reads
// the dashboard; an editor changes a stance, a card and a territory claim, fixes a typo marked
// minor, and publishes a new draft version; the analyst's header count, updates page, change
// markers (matrix, map, comparison), Atom feed and digest PDF each show exactly those changes,
// once — the minor fix nowhere. Opening a marked cell reads it; "mark all as read" clears the
// rest. Other editing specs run alongside, so this one looks for its own changes by name.
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { STANCE_LABELS } from "../lib/domain/labels";
import { storageState } from "./support/accounts";
import { pdfText, squeeze } from "./support/pdf";
import { publishedCards, seed, statements } from "./support/seed";

test.use({ storageState: storageState("editor") });

const slug = seed.negotiations[0].slug;
const card = publishedCards[publishedCards.length - 1];
const typoCard = publishedCards[publishedCards.length - 2];
// The latest statement of a pair is what its matrix cell shows.
const position = (() => {
  const p = seed.positions.find((x) => x.status === "published" && statements(x.actorId, x.issueId).at(-1) === x)!;
  return p;
})();
const claim = seed.claims.find((c) => c.status === "published")!;
const territory = seed.territories.find((t) => t.id === claim.territoryId)!;
const baseDraft = seed.drafts.find((d) => d.status === "published")!;
const basePoint = seed["draft-points"].find((p) => p.draftId === baseDraft.id)!;

// Each change carries one word of its own (a word diff keeps a word whole, whatever else changed).
const TAG = "catchupcheck";
const word = (what: string) => `${what}-${TAG}`;
const newStance = position.stance === "opposes" ? "supports" : "opposes";

async function save(page: Page, type: string, id: string, change: Record<string, unknown>, minor = false) {
  const origin = new URL(page.url()).origin;
  const record = await (await page.request.get(`/api/admin/${type}/${encodeURIComponent(id)}`)).json();
  const saved = await page.request.put(`/api/admin/${type}/${encodeURIComponent(id)}`, { data: { version: record.version, data: { ...record.input, ...change }, minor }, headers: { origin } });
  expect(saved.status(), await saved.text()).toBe(200);
}

async function create(page: Page, type: string, data: Record<string, unknown>): Promise<string> {
  const created = await page.request.post(`/api/admin/${type}`, { data, headers: { origin: new URL(page.url()).origin } });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()).id;
}

test("an analyst catches up on exactly what an editor changed, everywhere, once", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const analyst = await browser.newContext({ storageState: storageState("analyst"), acceptDownloads: true });
  const reader = await analyst.newPage();

  // The analyst has read everything, then looks at the dashboard.
  await reader.goto("/updates");
  const markAll = reader.getByRole("button", { name: "Mark all as read" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(reader).toHaveURL(/\/updates$/);
  }
  await reader.goto(`/n/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();

  // The editor: a stance, a card, a claim, a typo fix marked minor, and a new draft version.
  await page.goto("/admin");
  await save(page, "positions", position.id, { stance: newStance, summary: `Stance recorded ${word("stance")}.` });
  await save(page, "cards", card.id, { title: `${card.title} (${word("card")})` });
  await save(page, "claims", claim.id, { summary: `Claim summary revised ${word("claim")}.` });
  await save(page, "cards", typoCard.id, { title: `${typoCard.title} (${word("typo")})` }, true);
  const base = await (await page.request.get(`/api/admin/drafts/${baseDraft.id}`)).json();
  const draftId = await create(page, "drafts", { ...base.input, name: word("draft"), title: `A later draft ${word("draft")}`, revisesId: baseDraft.id, pointIds: [], citations: [] });
  const point = await (await page.request.get(`/api/admin/draft-points/${basePoint.id}`)).json();
  const { pointIds: _order, ...pointInput } = point.input;
  void _order;
  const pointId = await create(page, "draft-points", { ...pointInput, draftId, title: `Point reworded ${word("point")}` });
  await create(page, "alignments", { fromDraftId: baseDraft.id, toDraftId: draftId, fromPointId: basePoint.id, toPointId: pointId, relation: "modified", reporting: "reported", note: "Flagged changes: modal shall → may", citations: [] });
  const draft = await (await page.request.get(`/api/admin/drafts/${draftId}`)).json();
  const published = await page.request.post(`/api/admin/drafts/${draftId}/status`, { data: { status: "published", version: draft.version, withParts: true }, headers: { origin: new URL(page.url()).origin } });
  expect(published.status(), await published.text()).toBe(200);

  // Header count and updates page: the four changes, once each; the minor fix not at all.
  await reader.goto("/updates");
  const items = reader.getByTestId("update-item");
  const mine = items.filter({ hasText: TAG });
  await expect(mine).toHaveCount(4);
  // The header counts what the page lists (reloaded if another spec's edit lands in between).
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByTestId("updates-count")).toHaveText(new RegExp(`^${await items.count()}\\s*unread$`), { timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await expect(items.filter({ hasText: word("typo") })).toHaveCount(0);
  const stance = reader.getByTestId("updates-positions").getByTestId("update-item").filter({ hasText: TAG });
  await expect(stance).toHaveCount(1);
  await expect(stance.getByTestId("value-change").first()).toHaveText(`${STANCE_LABELS[position.stance]} → ${STANCE_LABELS[newStance]}`);
  await expect(reader.getByTestId("updates-cards").getByTestId("update-item").filter({ hasText: TAG })).toHaveCount(1);
  await expect(reader.getByTestId("updates-claims").getByTestId("update-item").filter({ hasText: TAG })).toHaveCount(1);
  const draftItem = reader.getByTestId("updates-drafts").getByTestId("update-item").filter({ hasText: TAG });
  await expect(draftItem).toHaveCount(1);
  await expect(draftItem.getByTestId("draft-parts")).toContainText("1 point");
  await expect(draftItem.getByTestId("draft-parts")).toContainText("modal shall → may");
  // The draft's point and alignment are part of the draft's item, not items of their own.
  for (const group of ["updates-draft-points", "updates-alignments"]) await expect(reader.getByTestId(group).getByTestId("update-item").filter({ hasText: word("point") })).toHaveCount(0);

  // The dashboard's "last 7 days" names the week's changes, for every reader, read or not.
  await reader.goto(`/n/${slug}`);
  const week = reader.getByTestId("recent-changes");
  await expect(week).toContainText(word("card"));
  await expect(week).toContainText(word("draft"));
  await expect(week).not.toContainText(word("typo"));

  // Change markers: on the stance's cell, the claim's region and the new draft's row.
  await reader.goto(`/n/${slug}/positions`);
  const cell = reader.getByTestId(`cell-${position.actorId}-${position.issueId}`);
  await expect(cell.getByTestId("change-mark")).toHaveCount(1);
  await expect(reader.getByTestId("change-legend")).toContainText("since you last read");
  // Hidden with the toggle (kept in the URL), shown again.
  await reader.getByRole("button", { name: "Hide changes" }).click();
  await expect(reader).toHaveURL(/changes=off/);
  await expect(cell.getByTestId("change-mark")).toHaveCount(0);
  await reader.getByRole("button", { name: "Show changes" }).click();
  await expect(cell.getByTestId("change-mark")).toHaveCount(1);

  await reader.goto(`/n/${slug}/map`);
  const regionMark = reader.locator(`[data-testid="change-mark"][data-marks="${territory.code}"]`);
  await expect(regionMark).toHaveCount(1);

  await reader.goto(`/n/${slug}/compare?a=${baseDraft.id}&b=${draftId}`);
  const row = reader.getByTestId("comparison-row").filter({ hasText: word("point") });
  await expect(row.getByTestId("change-mark")).toHaveCount(1);

  // The Atom feed carries each change once.
  await reader.goto("/updates");
  await reader.getByText(/^Account/).click();
  await reader.getByRole("button", { name: "Make a feed address" }).click();
  const atomAddress = await reader.getByLabel("Atom").inputValue();
  const anonymous = await playwrightRequest.newContext();
  const atom = await (await anonymous.get(atomAddress)).text();
  // One entry per change: the four, once each; the minor fix in none.
  const entries = atom.split("<entry>").slice(1);
  expect(entries.filter((e) => e.includes(TAG))).toHaveLength(4);
  for (const needle of ["card", "draft", "stance", "claim"].map(word)) expect(entries.filter((e) => e.includes(needle)), needle).toHaveLength(1);
  expect(atom).not.toContain(word("typo"));
  // Revoked from the account menu, the address is refused.
  await reader.getByRole("button", { name: "Revoke" }).click();
  await expect(reader.getByRole("status").filter({ hasText: "Feed address revoked." })).toBeVisible();
  expect((await anonymous.get(atomAddress)).status()).toBe(401);
  await anonymous.dispose();
  await reader.keyboard.press("Escape");

  // The digest PDF: the changes the updates page lists, the minor fix not among them.
  await reader.goto("/updates");
  const listed = await reader.getByTestId("update-item").count();
  const download = reader.waitForEvent("download", { timeout: 90_000 });
  await reader.getByTestId("digest-pdf").click();
  const file = await (await download).path();
  const text = squeeze(pdfText(file));
  expect(text).toContain("Changes since");
  // Other specs may edit meanwhile: the digest has at least what the page had when it was asked for.
  expect(Number(/Digest for [^:]+: (\d+) change/.exec(text)?.[1])).toBeGreaterThanOrEqual(listed);
  for (const needle of [...["card", "draft", "stance", "claim"].map(word), "modal shall → may"]) expect(text, needle).toContain(needle);
  expect(text).not.toContain(word("typo"));

  // Opening the marked cell reads it: its mark goes, and the stance is not repeated.
  await reader.goto(`/n/${slug}/positions`);
  // Its earlier visit was kept as a read mark of the view.
  await expect(reader.getByTestId("change-legend")).toContainText("You last opened this view on");
  await cell.click();
  await expect(reader.getByRole("dialog")).toBeVisible();
  await expect(cell.getByTestId("change-mark")).toHaveCount(0);
  // The read mark reaches the server within the browser's batch (3 s) and the server's (2 s).
  await expect(async () => {
    await reader.goto("/updates");
    await expect(reader.getByTestId("updates-positions").getByTestId("update-item").filter({ hasText: TAG })).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(reader.getByTestId("update-item").filter({ hasText: TAG })).toHaveCount(3);

  // Mark all as read: nothing of it is new any more, anywhere; an earlier date shows it again.
  await reader.getByRole("button", { name: "Mark all as read" }).click();
  await expect(reader).toHaveURL(/\/updates$/);
  await expect(reader.getByTestId("update-item").filter({ hasText: TAG })).toHaveCount(0);
  await reader.goto(`/n/${slug}/map`);
  await expect(reader.getByTestId("territory-map")).toBeVisible();
  await expect(regionMark).toHaveCount(0);
  await reader.goto("/updates?since=2000-01-01");
  await expect(reader.getByTestId("update-item").filter({ hasText: TAG })).toHaveCount(4);

  // Bad input is named, not obeyed.
  await reader.goto("/updates?since=last-week");
  await expect(reader.getByRole("alert").filter({ hasText: "since" })).toContainText("a date as YYYY-MM-DD");
  await analyst.close();
});

test("an analyst follows an actor and narrows their updates to it", async ({ browser }) => {
  const analyst = await browser.newContext({ storageState: storageState("analyst") });
  const reader = await analyst.newPage();
  const actor = seed.actors.find((a) => a.id === position.actorId)!;
  await reader.goto(`/actors/${actor.id}`);
  const button = reader.getByTestId("follow-button");
  if ((await button.getAttribute("aria-pressed")) === "true") await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await reader.goto("/updates?since=2000-01-01&following=1");
  await expect(reader.getByTestId("follows")).toContainText(actor.name);
  await expect(reader.getByTestId("updates-since")).toContainText("about what you follow");
  // Unfollowed from the list, it is gone.
  await reader.getByRole("button", { name: `Stop following ${actor.name}` }).click();
  await expect(reader.getByTestId("follows")).not.toContainText(actor.name);
  await analyst.close();
});
