// Signs each role in once through the real sign-in endpoint and keeps the browser state, so
// the specs start signed in (as an analyst unless they ask for another role).
import { test as setup, expect } from "@playwright/test";
import { ROLES } from "../lib/domain/enums";
import { account, storageState } from "./support/accounts";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ request, baseURL }) => {
    const { email, password } = account(role);
    const response = await request.post("/api/auth/sign-in/email", { data: { email, password }, headers: { origin: baseURL! } });
    expect(response.status()).toBe(200);
    await request.storageState({ path: storageState(role) });
  });
}
