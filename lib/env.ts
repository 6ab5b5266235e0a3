// The app's environment, parsed once. Every variable has a safe default for the embedded
// SQLite setup; a bad value stops start-up with one line naming it.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/db/url";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1");

const schema = z.object({
  DATABASE_URL: z.string().trim().default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Not HOSTNAME: shells and containers export that as the machine name.
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  /** Opens published content to readers who are not signed in. */
  PUBLIC_READ: flag,
  CHROMIUM_PATH: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  name = "EnvError";
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(`${issue.path.join(".")} is invalid: ${issue.message}`);
  }
  return parsed.data;
}
