// Sign-in, sessions and the login rate limit through better-auth's real handler, on both
// databases: sessions and rate-limit counters live in the database so instances share them.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { SIGN_IN_RATE_LIMIT } from "@/lib/auth/limits";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";
import { addUser, sessionHeaders, signIn, TEST_ORIGIN } from "./support/auth";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");
const { forgetReadSessions, viewerForRead, viewerFromHeaders } = await import("@/lib/auth/viewer");
const { updateUser, resetPassword, ensureFirstAdmin } = await import("@/lib/users/accounts");

const handler = (request: Request) => getAuth().handler(request);

describeForEachDatabase("auth", (provider) => {
  beforeEach(async () => {
    t = await createTestDatabase(provider);
  });
  afterEach(async () => t.cleanup());

  it("signs in with the right password into a session stored in the database", async () => {
    const user = await addUser(t.db, "editor");
    const { status, cookie } = await signIn(handler, user.email);
    expect(status).toBe(200);
    expect(cookie).toMatch(/session_token=/);
    const viewer = await viewerFromHeaders(sessionHeaders(cookie));
    expect(viewer).toMatchObject({ email: user.email, role: "editor" });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("stores the password as a memory-hard hash, never as given", async () => {
    const user = await addUser(t.db, "analyst");
    const account = await t.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain("horse");
    // better-auth's scrypt format: salt:key in hex
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("refuses a wrong password with 401 and no session", async () => {
    const user = await addUser(t.db, "analyst");
    const { status } = await signIn(handler, user.email, "not the password at all");
    expect(status).toBe(401);
    expect(await t.db.session.count()).toBe(0);
  });

  it("has no self sign-up", async () => {
    const response = await handler(
      new Request(`${TEST_ORIGIN}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN },
        body: JSON.stringify({ email: "new@parley.test", password: "a long enough password", name: "New" }),
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("EMAIL_PASSWORD_SIGN_UP_DISABLED");
    expect(await t.db.user.count()).toBe(0);
  });

  it("limits sign-in attempts per address, counting in the database", async () => {
    const user = await addUser(t.db, "analyst");
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_RATE_LIMIT.max; i++) statuses.push((await signIn(handler, user.email, "wrong password here", "198.51.100.9")).status);
    expect(statuses.slice(0, SIGN_IN_RATE_LIMIT.max).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Even the right password is refused while the address is limited…
    expect((await signIn(handler, user.email, undefined, "198.51.100.9")).status).toBe(429);
    // …but another address is not affected.
    expect((await signIn(handler, user.email, undefined, "198.51.100.10")).status).toBe(200);
    expect(await t.db.rateLimit.count()).toBeGreaterThan(0);
  });

  it("ends sessions when an account is deactivated, changes role or gets a new password, and refuses a deactivated sign-in", async () => {
    const admin = await addUser(t.db, "admin");
    const editor = await addUser(t.db, "editor");
    const { cookie } = await signIn(handler, editor.email);
    await updateUser(t.db, editor.id, { role: "analyst" }, admin.id);
    expect(await viewerFromHeaders(sessionHeaders(cookie))).toBeNull();

    const second = await signIn(handler, editor.email);
    expect((await viewerFromHeaders(sessionHeaders(second.cookie)))?.role).toBe("analyst");
    await resetPassword(t.db, editor.email, "another long password");
    expect(await viewerFromHeaders(sessionHeaders(second.cookie))).toBeNull();

    await updateUser(t.db, editor.id, { banned: true }, admin.id);
    expect((await signIn(handler, editor.email, "another long password")).status).not.toBe(200);
    expect(await t.db.session.count({ where: { userId: editor.id } })).toBe(0);
  });

  it("signs out everywhere: revoking sessions ends every device's session", async () => {
    const user = await addUser(t.db, "analyst");
    const laptop = await signIn(handler, user.email);
    const phone = await signIn(handler, user.email, undefined, "203.0.113.8");
    const response = await handler(
      new Request(`${TEST_ORIGIN}/api/auth/revoke-sessions`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN, cookie: laptop.cookie },
        body: "{}",
      }),
    );
    expect(response.status).toBe(200);
    expect(await viewerFromHeaders(sessionHeaders(phone.cookie))).toBeNull();
    expect(await viewerFromHeaders(sessionHeaders(laptop.cookie))).toBeNull();
  });

  it("a change to sessions forgets only the reused lookups of the account concerned; an anonymous request forgets none", async () => {
    const now = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(now); // all within the reuse window
    try {
      const editor = await signIn(handler, (await addUser(t.db, "editor")).email);
      const analyst = await signIn(handler, (await addUser(t.db, "analyst")).email);
      expect(await viewerForRead(sessionHeaders(editor.cookie))).not.toBeNull();
      expect(await viewerForRead(sessionHeaders(analyst.cookie))).not.toBeNull();
      // The sessions end in the database (as another instance would end them)…
      await t.db.session.deleteMany();
      // …an anonymous POST to /api/auth changes nothing here: both lookups are still reused…
      forgetReadSessions(new Headers());
      expect(await viewerForRead(sessionHeaders(editor.cookie))).not.toBeNull();
      // …the editor's own sign-out forgets the editor's lookup only…
      forgetReadSessions(sessionHeaders(editor.cookie));
      expect(await viewerForRead(sessionHeaders(editor.cookie))).toBeNull();
      expect(await viewerForRead(sessionHeaders(analyst.cookie))).not.toBeNull();
      // …and an admin's change to the analyst's account forgets the analyst's.
      const analystId = (await t.db.user.findUniqueOrThrow({ where: { email: "analyst@parley.test" } })).id;
      forgetReadSessions(new Headers(), analystId);
      expect(await viewerForRead(sessionHeaders(analyst.cookie))).toBeNull();
    } finally {
      clock.mockRestore();
    }
  });

  it("records every account change in the audit log, never a password", async () => {
    const admin = await addUser(t.db, "admin");
    const editor = await addUser(t.db, "editor");
    await updateUser(t.db, editor.id, { role: "analyst" }, admin.id);
    await resetPassword(t.db, editor.email, "another long password", admin.id);
    await updateUser(t.db, editor.id, { banned: true }, admin.id);
    const entries = await t.db.revision.findMany({ where: { entityType: "users", entityId: editor.id }, orderBy: { createdAt: "asc" }, include: { user: true } });
    expect(entries.map((e) => e.action)).toEqual(["create (editor)", "role: editor → analyst", "reset password", "deactivate"]);
    expect(entries.slice(1).every((e) => e.user?.email === admin.email && e.title === editor.email)).toBe(true);
    expect(JSON.stringify(entries.map((e) => e.snapshot))).not.toMatch(/password|horse/);
  });

  it("creates the first admin once, with a generated password that signs in", async () => {
    const first = await ensureFirstAdmin(t.db);
    expect(first).not.toBeNull();
    expect(first!.password.length).toBeGreaterThanOrEqual(20);
    const { status, cookie } = await signIn(handler, first!.email, first!.password);
    expect(status).toBe(200);
    expect((await viewerFromHeaders(sessionHeaders(cookie)))?.role).toBe("admin");
    expect(await ensureFirstAdmin(t.db)).toBeNull();
    expect(await t.db.user.count()).toBe(1);
  });

  it("keeps the last active admin", async () => {
    const admin = await addUser(t.db, "admin");
    const other = await addUser(t.db, "admin", "second@parley.test");
    await expect(updateUser(t.db, admin.id, { role: "editor" }, admin.id)).rejects.toThrow(/own admin role/);
    await updateUser(t.db, other.id, { role: "editor" }, admin.id);
    const third = await addUser(t.db, "editor", "third@parley.test");
    await updateUser(t.db, third.id, { role: "admin" }, admin.id);
    await updateUser(t.db, admin.id, { banned: true }, third.id);
    await expect(updateUser(t.db, third.id, { banned: true }, other.id)).rejects.toThrow(/at least one active admin/);
  });
});
