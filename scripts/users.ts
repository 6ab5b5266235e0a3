// npm run users -- <command>: manage accounts from the shell.
//   add --email <email> --role <admin|editor|analyst> [--name <name>]
//   set-role --email <email> --role <role>
//   reset-password --email <email>
//   list
// Passwords are read from a hidden prompt, or from standard input when it is not a terminal
// (so scripts can pipe them); never from an argument, where they would land in shell history.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { ROLES, type Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/http/errors";
import { createUser, listUsers, resetPassword, setRole } from "@/lib/users/accounts";
import { readSecret, runScript, UsageError } from "./lib/cli";

const USAGE = `usage: npm run users -- add --email <email> --role <${ROLES.join("|")}> [--name <name>]
       npm run users -- set-role --email <email> --role <role>
       npm run users -- reset-password --email <email>
       npm run users -- list`;

await runScript(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  const [command] = positionals;
  if (values.password !== undefined) throw new UsageError("passwords are never taken as arguments: type it at the prompt or pipe it on standard input");
  const need = (name: "email" | "role") => {
    const value = values[name];
    if (!value) throw new UsageError(`--${name} is required\n${USAGE}`);
    return value;
  };
  const role = (): Role => {
    const value = need("role");
    if (!ROLES.includes(value as Role)) throw new UsageError(`--role must be one of: ${ROLES.join(", ")}`);
    return value as Role;
  };

  const db = createPrismaClient(parseDatabaseUrl());
  try {
    switch (command) {
      case "add": {
        const email = need("email");
        const r = role();
        const password = await readSecret(`Password for ${email} (at least 12 characters): `);
        const user = await createUser(db, { email, role: r, name: values.name ?? email.split("@")[0], password });
        console.log(`added ${user.email} (${user.role})`);
        break;
      }
      case "set-role": {
        const user = await setRole(db, need("email"), role());
        console.log(`${user.email} is now ${user.role}`);
        break;
      }
      case "reset-password": {
        const email = need("email");
        const password = await readSecret(`New password for ${email} (at least 12 characters): `);
        const user = await resetPassword(db, email, password);
        console.log(`password of ${user.email} changed; their sessions were ended`);
        break;
      }
      case "list": {
        for (const u of await listUsers(db)) console.log([u.email, u.role, u.banned ? "deactivated" : "active", u.name].join("\t"));
        break;
      }
      default:
        throw new UsageError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    }
  } catch (error) {
    if (error instanceof z.ZodError) throw new UsageError(error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "));
    if (error instanceof AppError) throw new UsageError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
});
