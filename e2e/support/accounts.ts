// One account per role for the e2e run, with passwords generated per run (scripts/e2e.ts
// creates them in the fresh database; the specs read them back from .e2e/accounts.json).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db/client";
import { ROLES, type Role } from "../../lib/domain/enums";
import { createUser, generatePassword } from "../../lib/users/accounts";

const FILE = path.join(".e2e", "accounts.json");
export type Account = { email: string; password: string; role: Role };

export async function createE2eAccounts(db: Db): Promise<void> {
  const accounts: Account[] = [];
  for (const role of ROLES) {
    const account = { email: `${role}@e2e.parley.test`, password: generatePassword(), role };
    await createUser(db, { ...account, name: `E2E ${role}` });
    accounts.push(account);
  }
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(accounts, null, 2));
}

export function account(role: Role): Account {
  const accounts = JSON.parse(readFileSync(FILE, "utf8")) as Account[];
  const found = accounts.find((a) => a.role === role);
  if (!found) throw new Error(`no e2e account for ${role}: run the e2e tests with npm run test:e2e`);
  return found;
}

/** Where each role's signed-in browser state is kept (written by e2e/auth.setup.ts). */
export const storageState = (role: Role) => path.join(".e2e", "state", `${role}.json`);
