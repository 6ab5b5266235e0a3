// Aligns two versions of a draft, without a server:
//
//   npm run -s align -- <base-file> <candidate-file> [--json] [--parties <file.json>] [--min-confidence <0..1>]
//   npm run -s align -- --from <draft id or name> --to <draft id or name> [--json] [--min-confidence <0..1>]
//
// Files are UTF-8 text or markdown, .docx or PDF with a text layer, and need no database.
// --from/--to read two drafts stored in the database (DATABASE_URL, or the embedded SQLite
// file), with the actors as the parties. --json prints one JSON object (see
// lib/drafts/align/types.ts); otherwise a table. Errors: one line, exit code 1.
import { AlignError } from "@/lib/drafts/align";
import { CommandError, parseArgs, runAlign, type StoredCommand } from "@/lib/drafts/align/cli";
import { createPrismaClient } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { findDraft, partiesFromActors, storedPoints } from "@/lib/drafts/intake/align";
import { AppError } from "@/lib/http/errors";
import { runScript, UsageError } from "./lib/cli";

async function alignStored(cmd: StoredCommand): Promise<string> {
  const db = createPrismaClient(parseDatabaseUrl());
  try {
    const read = async <T>(work: () => Promise<T>) => {
      try {
        return await work();
      } catch (e) {
        if (e instanceof AppError) throw new UsageError(e.message);
        throw new UsageError(`cannot read drafts from the database (${(e as Error).message.split("\n").filter(Boolean).pop()}): start Parley once with npm start, or set DATABASE_URL`);
      }
    };
    const [from, to] = await read(() => Promise.all([findDraft(db, cmd.from), findDraft(db, cmd.to)]));
    const [base, candidate, parties] = await read(() => Promise.all([storedPoints(db, from.id), storedPoints(db, to.id), partiesFromActors(db)]));
    return await runAlign({ ...cmd, base: { kind: "points", name: from.name, points: base.points }, candidate: { kind: "points", name: to.name, points: candidate.points }, parties });
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  try {
    const cmd = parseArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
    process.stdout.write(`${"from" in cmd ? await alignStored(cmd) : await runAlign(cmd)}\n`);
  } catch (e) {
    if (e instanceof AlignError || e instanceof CommandError) throw new UsageError(e.message);
    throw e;
  }
}

void runScript(main);
