// Accounts and signed-in requests for tests that go through the app's real auth handler.
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/domain/enums";
import { createUser } from "@/lib/users/accounts";

export const TEST_ORIGIN = "http://parley.test";
export const TEST_PASSWORD = "correct horse battery staple";

export async function addUser(db: Db, role: Role, email = `${role}@parley.test`) {
  return createUser(db, { email, name: role, role, password: TEST_PASSWORD });
}

type Handler = (request: Request) => Promise<Response>;

/** Signs in through better-auth's own endpoint and returns the session cookie header. */
export async function signIn(handler: Handler, email: string, password = TEST_PASSWORD, ip = "203.0.113.7"): Promise<{ status: number; cookie: string }> {
  const response = await handler(
    new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { status: response.status, cookie };
}

/** The headers a browser sends with its session cookie (better-auth derives the origin from Host). */
export function sessionHeaders(cookie: string): Headers {
  return new Headers({ cookie, host: new URL(TEST_ORIGIN).host });
}
