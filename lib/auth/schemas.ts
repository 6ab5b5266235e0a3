import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter an email address").max(320),
  password: z.string().min(1, "Enter your password").max(256),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeReturnPath(next: string | null | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
