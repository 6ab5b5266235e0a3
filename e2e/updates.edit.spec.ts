// "Since you last read" in Chromium: an analyst marks their updates read; an editor changes a
// published card's title and a stance; the analyst's header counts them, the updates page shows
// each with its old and new wording, and after "mark all as read" they are not shown again; its
// feed address carries them to a feed reader without a session, until the reader revokes it.
// Other editing specs run alongside, so this one looks for its own changes by name.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { publishedCards, seed } from "./support/seed";

test.use({ storageState: storageState("editor") });

const card = publishedCards[publishedCards.length - 1];
const position = seed.positions.find((p) => p.status === "published" && p.summary.length > 10)!;

test("an analyst sees what an editor changed since they last read, once", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const analyst = await browser.newContext({ storageState: storageState("analyst") });
  const reader = await analyst.newPage();
  await reader.goto("/updates");
  await expect(reader.getByRole("heading", { level: 1, name: "Since you last read" })).toBeVisible();
  const markAll = reader.getByRole("button", { name: "Mark all as read" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(reader).toHaveURL(/\/updates$/);
  }

  // The editor changes a card's title and a stance's summary through the admin API.
  await page.goto("/admin");
  const origin = new URL(page.url()).origin;
  for (const [type, id, change] of [
    ["cards", card.id, { title: `${card.title} — revised for the updates test` }],
    ["positions", position.id, { summary: "Summary rewritten for the updates test." }],
  ] as const) {
    const record = await (await page.request.get(`/api/admin/${type}/${id}`)).json();
    const saved = await page.request.put(`/api/admin/${type}/${id}`, { data: { version: record.version, data: { ...record.input, ...change } }, headers: { origin } });
    expect(saved.status(), await saved.text()).toBe(200);
  }

  // The analyst's header counts them; the page shows each change with what it was.
  await reader.goto("/updates");
  await expect(reader.getByTestId("updates-count")).toHaveText(/[1-9]\d*\s*unread/);
  const cardItem = reader.getByTestId("update-item").filter({ hasText: "revised for the updates test" });
  await expect(cardItem).toHaveCount(1);
  await expect(cardItem.getByText("Changed")).toBeVisible();
  await expect(cardItem.getByTestId("word-diff").locator("ins")).toContainText("revised for the updates test");
  // (The word diff interleaves old and new words, so the stance is found by its inserted words.)
  const stanceItem = reader.getByTestId("updates-positions").getByTestId("update-item").filter({ has: reader.locator("ins", { hasText: "rewritten" }) });
  await expect(stanceItem).toHaveCount(1);
  await expect(stanceItem.getByText("Changed")).toBeVisible();
  await expect(stanceItem.getByTestId("word-diff").locator("del").first()).toBeVisible();

  // The card's link opens it.
  await cardItem.getByRole("link").first().click();
  await expect(reader).toHaveURL(new RegExp(`/cards/${card.id}$`));
  await expect(reader.getByRole("heading", { name: /revised for the updates test/ })).toBeVisible();

  // Marked read, they are not shown again; an earlier date shows them once more.
  await reader.goto("/updates");
  await reader.getByRole("button", { name: "Mark all as read" }).click();
  await expect(reader).toHaveURL(/\/updates$/);
  await expect(reader.getByTestId("update-item").filter({ hasText: "revised for the updates test" })).toHaveCount(0);
  await reader.goto(`/updates?since=2000-01-01`);
  await expect(reader.getByTestId("update-item").filter({ hasText: "revised for the updates test" })).toHaveCount(1);

  // The same changes as a feed, read with its own address and no session; revoked, it is refused.
  await reader.getByText(/^Account/).click();
  await reader.getByRole("button", { name: "Make a feed address" }).click();
  const atomAddress = await reader.getByLabel("Atom").inputValue();
  expect(atomAddress).toMatch(/\/feeds\/[A-Za-z0-9_-]{43}\.atom$/);
  const anonymous = await playwrightRequest.newContext();
  const feed = await anonymous.get(atomAddress);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("revised for the updates test");
  await reader.getByRole("button", { name: "Revoke" }).click();
  await expect(reader.getByRole("status").filter({ hasText: "Feed address revoked." })).toBeVisible();
  expect((await anonymous.get(atomAddress)).status()).toBe(401);
  await anonymous.dispose();

  // A malformed date is named, not obeyed.
  await reader.goto("/updates?since=last-week");
  await expect(reader.getByRole("alert").filter({ hasText: "since" })).toContainText("a date as YYYY-MM-DD");
  await analyst.close();
});
