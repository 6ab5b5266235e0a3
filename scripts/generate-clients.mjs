// Generates the Prisma client for both providers (run on install and before builds).
// One build serves both databases: lib/db picks a client from DATABASE_URL at run time.
import { execFileSync } from "node:child_process";
import path from "node:path";

const prisma = path.join("node_modules", ".bin", "prisma");
for (const provider of ["sqlite", "postgres"]) {
  try {
    execFileSync(prisma, ["generate", "--schema", path.join("prisma", provider)], { stdio: "pipe" });
  } catch (error) {
    process.stderr.write(String(error.stdout ?? "") + String(error.stderr ?? ""));
    console.error(`prisma generate failed for ${provider}`);
    process.exit(1);
  }
}
console.log("Prisma clients generated (sqlite, postgres)");
