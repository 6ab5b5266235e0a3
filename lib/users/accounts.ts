// Accounts as better-auth stores them (a user row plus a "credential" account holding the
// scrypt hash), managed from the users CLI, the first-admin step of npm start and /admin/users.
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/http/errors";
import { newUserSchema, passwordSchema, roleSchema, type NewUser, type UserUpdate, userUpdateSchema, emailSchema } from "./schemas";

export const userSummary = { id: true, email: true, name: true, role: true, banned: true, createdAt: true } as const;

/** A random password for generated accounts: 24 characters from a 64-character alphabet (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function createUser(db: Db, input: NewUser) {
  const data = newUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError(409, "duplicate", `An account for ${data.email} already exists`, { email: ["An account with this email already exists"] });
  }
  const hash = await hashPassword(data.password);
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { id, email: data.email, name: data.name, role: data.role, emailVerified: true }, select: userSummary });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } });
    return user;
  });
}

async function findByEmail(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email: emailSchema.parse(email) }, select: userSummary });
  if (!user) throw new AppError(404, "not_found", `No account for ${email}`);
  return user;
}

export async function setRole(db: Db, email: string, role: Role) {
  const user = await findByEmail(db, email);
  return db.user.update({ where: { id: user.id }, data: { role: roleSchema.parse(role) }, select: userSummary });
}

/** Sets a new password and ends every session of the account. */
export async function resetPassword(db: Db, email: string, password: string) {
  const user = await findByEmail(db, email);
  const hash = await hashPassword(passwordSchema.parse(password));
  await db.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) {
      await tx.account.create({ data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    }
    await tx.session.deleteMany({ where: { userId: user.id } });
  });
  return user;
}

export async function updateUser(db: Db, id: string, input: UserUpdate, actingUserId: string) {
  const data = userUpdateSchema.parse(input);
  const user = await db.user.findUnique({ where: { id }, select: userSummary });
  if (!user) throw new AppError(404, "not_found", "Account not found");
  if (id === actingUserId && ((data.role && data.role !== "admin") || data.banned)) {
    throw new AppError(400, "invalid_request", "You cannot remove your own admin role or deactivate yourself", { role: ["Ask another admin to change your own role"] });
  }
  if (user.role === "admin" && ((data.role && data.role !== "admin") || data.banned)) await assertAnotherAdmin(db, id);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id }, data, select: userSummary });
    if (data.banned || (data.role && data.role !== user.role)) await tx.session.deleteMany({ where: { userId: id } });
    return updated;
  });
}

async function assertAnotherAdmin(db: Db, exceptId: string) {
  const others = await db.user.count({ where: { role: "admin", banned: false, id: { not: exceptId } } });
  if (others === 0) throw new AppError(409, "last_admin", "Parley needs at least one active admin");
}

export function listUsers(db: Db) {
  return db.user.findMany({ select: userSummary, orderBy: { email: "asc" } });
}

/** Ends every session of an account (sign out everywhere). */
export async function revokeSessions(db: Db, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

export const FIRST_ADMIN_EMAIL = "admin@parley.local";

/**
 * On a database without accounts, creates the first admin with a generated password and
 * returns it (to be shown once); otherwise returns null.
 */
export async function ensureFirstAdmin(db: Db, email = FIRST_ADMIN_EMAIL): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const password = generatePassword();
  await createUser(db, { email, name: "Administrator", role: "admin", password });
  return { email, password };
}
