// Decides whether `next build` must run: the build records a hash of everything it was
// built from, and the start command rebuilds only when that hash no longer matches.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUT_DIRS = ["app", "components", "lib", "public", "prisma/models"];
const INPUT_FILES = ["next.config.js", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(".next", "parley-build-hash");

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [...INPUT_DIRS.flatMap(listFiles), ...INPUT_FILES.filter((f) => existsSync(f))].sort();
  for (const file of files) {
    if (!statSync(file).isFile()) continue;
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  return existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash();
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceHash());
}
