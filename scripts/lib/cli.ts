// Shared by the command-line scripts: numbered progress lines and one-line errors.
import { existsSync } from "node:fs";
import { DatabaseUrlError } from "@/lib/db/url";
import { SetupError } from "@/lib/db/prepare";
import { SeedDataError } from "@/lib/seed/read";
import { EnvError } from "@/lib/env";

/** Wrong arguments or input on the command line. */
export class UsageError extends Error {
  name = "UsageError";
}

const KNOWN_ERRORS = [DatabaseUrlError, SetupError, SeedDataError, EnvError, UsageError];

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

/**
 * Reads a secret: from a prompt with the typing hidden when standard input is a terminal,
 * otherwise the first line of standard input (for scripts that pipe it).
 */
export async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = "";
    for await (const chunk of stdin) text += chunk;
    return text.split(/\r?\n/)[0];
  }
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let value = "";
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === "\r" || ch === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          finish();
          reject(new UsageError("cancelled"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
    };
    stdin.on("data", onData);
  });
}
