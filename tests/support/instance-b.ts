// A second app instance for the freshness tests: its own process, its own Prisma client and
// its own in-memory query cache (on), on the same database as the test. It reads one field of
// one record through the app's cache on each request line and answers with the value.
// Run with: tsx --conditions=react-server tests/support/instance-b.ts (DATABASE_URL set).
import { createInterface } from "node:readline";
import { cachedQuery } from "@/lib/cache/versioned";
import { db } from "@/lib/db";

type Request = { model: string; key: string; id: string; field: string };

const read = cachedQuery("instance-b.read", async ({ model, key, id, field }: Request) => {
  const delegate = (db as unknown as Record<string, { findUnique(a: object): Promise<Record<string, unknown> | null> }>)[model];
  const row = await delegate.findUnique({ where: { [key]: id }, select: { [field]: true } });
  return row ? row[field] : null;
});

const lines = createInterface({ input: process.stdin });
process.stdout.write("ready\n");
for await (const line of lines) {
  try {
    const value = await read(JSON.parse(line) as Request);
    process.stdout.write(`${JSON.stringify({ value: value instanceof Date ? value.toISOString() : value })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
  }
}
