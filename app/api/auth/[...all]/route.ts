import { getAuth } from "@/lib/auth/server";

// better-auth's endpoints: sign-in, sign-out, session, revoke-sessions.
export const GET = (request: Request) => getAuth().handler(request);
export const POST = (request: Request) => getAuth().handler(request);
