// Shared by the command-line scripts: numbered progress lines and one-line errors.
import { existsSync } from "node:fs";
import { DatabaseUrlError } from "@/lib/db/url";
import { SetupError } from "@/lib/db/prepare";
import { SeedDataError } from "@/lib/seed/read";
import { EnvError } from "@/lib/env";

const KNOWN_ERRORS = [DatabaseUrlError, SetupError, SeedDataError, EnvError];

export function steps(total: number) {
  let n = 0;
  return (message: string) => console.log(`[${++n}/${total}] ${message}`);
}

/** Runs a script; a problem the user can fix is printed as one line, not a stack trace. */
export async function runScript(main: () => Promise<void>): Promise<void> {
  // The same .env that `next start` reads, so the scripts and the server agree.
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    await main();
  } catch (error) {
    if (KNOWN_ERRORS.some((kind) => error instanceof kind)) {
      console.error(`parley: ${(error as Error).message}`);
      process.exit(1);
    }
    throw error;
  }
}
