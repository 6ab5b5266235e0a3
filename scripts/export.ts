// npm run export -- [--negotiation <slug>] [--briefing <slug>] [--out file.pdf] [--paper A4|Letter] [--sections cards,sources,…] [--marking TEXT] [--changes-since YYYY-MM-DD]
// Prints a briefing (by default the latest published one) to PDF from the shell, for scheduled
// jobs: starts Parley on a free loopback port with a one-time key, asks it for the export through
// the same API the Export button uses, writes the file, stops the server.
import { parseArgs } from "node:util";
import { findChromium } from "@/lib/browser/chromium";
import { SetupError } from "@/lib/db/prepare";
import { parseDatabaseUrl } from "@/lib/db/url";
import { BRIEFING_SECTIONS, PAPER_SIZES } from "@/lib/pdf/options";
import { runScript, steps, UsageError } from "./lib/cli";
import { withPrivateServer } from "./lib/private-server";

const USAGE = `usage: npm run export -- [--negotiation <slug>] [--briefing <slug>] [--out file.pdf] [--paper ${PAPER_SIZES.join("|")}] [--sections ${BRIEFING_SECTIONS.join(",")}] [--marking TEXT] [--changes-since YYYY-MM-DD]`;

await runScript(async () => {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: { negotiation: { type: "string" }, briefing: { type: "string" }, out: { type: "string" }, paper: { type: "string" }, sections: { type: "string" }, marking: { type: "string" }, "changes-since": { type: "string" } },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const step = steps(4);
  step("Checking configuration");
  parseDatabaseUrl();
  if (!findChromium()) throw new SetupError("PDF export needs Chromium: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH");
  const body = {
    kind: "briefing",
    ...(values.negotiation ? { negotiation: values.negotiation } : {}),
    ...(values.briefing ? { slug: values.briefing } : {}),
    ...(values.paper ? { paper: values.paper } : {}),
    ...(values.sections ? { sections: values.sections.split(",").map((s) => s.trim()) } : {}),
    ...(values.marking ? { marking: values.marking } : {}),
    ...(values["changes-since"] ? { changesSince: values["changes-since"] } : {}),
  };

  await withPrivateServer(step, async (requestPdf) => {
    step(`Printing ${values.briefing ? `briefing "${values.briefing}"` : "the latest published briefing"}`);
    await requestPdf(body, values.out);
  });
});
