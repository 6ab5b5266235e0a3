// npm run digest -- --email <reader> [--since YYYY-MM-DD] [--following] [--negotiation <slug>] [--out file.pdf] [--paper A4|Letter] [--marking TEXT]
// A reader's digest as PDF, for scheduled jobs ("everything since Monday for what I follow"):
// the changes published since the day given (by default since the reader last marked their
// updates read, leaving out what they already opened), read as that reader would read them.
import { parseArgs } from "node:util";
import { findChromium } from "@/lib/browser/chromium";
import { SetupError } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";
import { fieldErrors } from "@/lib/http/errors";
import { digestExportSchema, PAPER_SIZES } from "@/lib/pdf/options";
import { runScript, steps, UsageError } from "./lib/cli";
import { withPrivateServer } from "./lib/private-server";

const USAGE = `usage: npm run digest -- --email <reader> [--since YYYY-MM-DD] [--following] [--negotiation <slug>] [--out file.pdf] [--paper ${PAPER_SIZES.join("|")}] [--marking TEXT]`;

await runScript(async () => {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: { email: { type: "string" }, since: { type: "string" }, following: { type: "boolean" }, negotiation: { type: "string" }, out: { type: "string" }, paper: { type: "string" }, marking: { type: "string" } },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.email) throw new UsageError(`name the reader with --email\n${USAGE}`);
  const step = steps(4);
  step("Checking the request and configuration");
  // A malformed day or address is refused here, before any server starts.
  const parsed = digestExportSchema.safeParse({
    kind: "digest",
    email: values.email,
    following: values.following ?? false,
    ...(values.since ? { since: values.since } : {}),
    ...(values.negotiation ? { negotiation: values.negotiation } : {}),
    ...(values.paper ? { paper: values.paper } : {}),
    ...(values.marking ? { marking: values.marking } : {}),
  });
  if (!parsed.success) throw new UsageError(Object.entries(fieldErrors(parsed.error)).map(([field, messages]) => `--${field}: ${messages.join("; ")}`).join("\n"));
  parseDatabaseUrl();
  if (!findChromium()) throw new SetupError("PDF export needs Chromium: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH");

  await withPrivateServer(step, async (requestPdf) => {
    step(`Printing the digest of ${values.email}${values.since ? ` since ${values.since}` : " since they last read"}`);
    await requestPdf(parsed.data, values.out);
  });
});
