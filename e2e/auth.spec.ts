// Reading needs an account (PUBLIC_READ is off in this run): the sign-in flow as a person uses it.
import { expect, test } from "@playwright/test";
import { N } from "./support/seed";
import { account } from "./support/accounts";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a page asks for sign-in and returns to it afterwards", async ({ page }) => {
    await page.goto(N("/positions?bloc=Russia"));
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(page.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();

    const { email, password } = account("analyst");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/positions\?bloc=Russia$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a wrong password is refused with a message and no session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account("analyst").email);
    await page.getByLabel("Password").fill("not the right password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Wrong email or password/)).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an empty form names the fields to fill", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter an email address")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
  });

  test("the JSON API answers 401 without a session", async ({ request }) => {
    const response = await request.get("/api/cards");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });
});
