// Points the app's `@/lib/db` module at a test database. Use with
//   vi.mock("@/lib/db", () => mockDbModule(() => t));
import { containsTextFor } from "@/lib/db/client";
import type { TestDatabase } from "./db";

export function mockDbModule(current: () => TestDatabase) {
  return {
    get db() {
      return current().db;
    },
    get dbProvider() {
      return current().provider;
    },
    containsText: (text: string) => containsTextFor(current().provider, text),
    isDatabaseReachable: async () => true,
  };
}
