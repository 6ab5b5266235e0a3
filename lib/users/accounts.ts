// Accounts as better-auth stores them (a user row plus a "credential" account holding the
// scrypt hash). The one path for every account change, whoever makes it: /admin/users, the
// users CLI and the first-admin step of npm start all call these, so the rules hold everywhere:
// a changed role, a reset password or a deactivation ends the person's sessions, the last
// active admin is never demoted or deactivated, and every change is in the audit log.
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db, Tx } from "@/lib/db/client";
import type { Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/http/errors";
import { newUserSchema, passwordSchema, roleSchema, type NewUser, type UserUpdate, userUpdateSchema, emailSchema } from "./schemas";

export const userSummary = { id: true, email: true, name: true, role: true, banned: true, createdAt: true, scopes: { select: { negotiationId: true }, orderBy: { negotiationId: "asc" } }, reads: { select: { negotiationId: true }, orderBy: { negotiationId: "asc" } } } as const;

/** A random password for generated accounts: 24 characters from a 64-character alphabet (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

type AccountRow = { id: string; email: string; name: string; role: Role; banned: boolean; scopes: { negotiationId: string }[]; reads: { negotiationId: string }[] };

/** An account change in the audit log (never a password or a hash). */
async function audit(tx: Tx, user: AccountRow, action: string, actingUserId: string | null) {
  await tx.revision.create({
    data: { entityType: "users", entityId: user.id, version: 0, action, title: user.email, snapshot: { email: user.email, name: user.name, role: user.role, banned: user.banned, negotiations: user.scopes.map((s) => s.negotiationId) }, userId: actingUserId },
  });
}

export async function createUser(db: Db, input: NewUser, actingUserId: string | null = null) {
  const data = newUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError(409, "duplicate", `An account for ${data.email} already exists`, { email: ["An account with this email already exists"] });
  }
  const hash = await hashPassword(data.password);
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { id, email: data.email, name: data.name, role: data.role, emailVerified: true }, select: userSummary });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } });
    await audit(tx, user, `create (${user.role})`, actingUserId);
    return user;
  });
}

async function findByEmail(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email: emailSchema.parse(email) }, select: userSummary });
  if (!user) throw new AppError(404, "not_found", `No account for ${email}`);
  return user;
}

/** The shell's way to change a role: the same rules as /admin/users (sessions end, the last admin stays). */
export async function setRole(db: Db, email: string, role: Role) {
  const user = await findByEmail(db, email);
  return updateUser(db, user.id, { role: roleSchema.parse(role) }, null);
}

/** Sets a new password and ends every session of the account. */
export async function resetPassword(db: Db, email: string, password: string, actingUserId: string | null = null) {
  const user = await findByEmail(db, email);
  const hash = await hashPassword(passwordSchema.parse(password));
  await db.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) {
      await tx.account.create({ data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    }
    await tx.session.deleteMany({ where: { userId: user.id } });
    await audit(tx, user, "reset password", actingUserId);
  });
  return user;
}

/** `actingUserId` is the admin making the change, or null from the shell. */
export async function updateUser(db: Db, id: string, input: UserUpdate, actingUserId: string | null) {
  const data = userUpdateSchema.parse(input);
  const removesAdmin = (data.role && data.role !== "admin") || data.banned;
  if (id === actingUserId && removesAdmin) {
    throw new AppError(400, "invalid_request", "You cannot remove your own admin role or deactivate yourself", { role: ["Ask another admin to change your own role"] });
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: userSummary });
    if (!user) throw new AppError(404, "not_found", "Account not found");
    if (user.role === "admin" && removesAdmin) await assertAnotherAdmin(tx, id);
    const { negotiationIds, readsNegotiationIds, ...fields } = data;
    const assertKnown = async (ids: string[], field: string) => {
      const known = await tx.negotiation.count({ where: { id: { in: ids } } });
      if (known !== new Set(ids).size) throw new AppError(400, "invalid_request", "Some of these negotiations do not exist", { [field]: ["Not found (deleted meanwhile?)"] });
    };
    if (negotiationIds) {
      await assertKnown(negotiationIds, "negotiationIds");
      await tx.editorScope.deleteMany({ where: { userId: id } });
      await tx.editorScope.createMany({ data: [...new Set(negotiationIds)].map((negotiationId) => ({ userId: id, negotiationId })) });
    }
    if (readsNegotiationIds) {
      await assertKnown(readsNegotiationIds, "readsNegotiationIds");
      await tx.negotiationReader.deleteMany({ where: { userId: id } });
      await tx.negotiationReader.createMany({ data: [...new Set(readsNegotiationIds)].map((negotiationId) => ({ userId: id, negotiationId })) });
    }
    const updated = await tx.user.update({ where: { id }, data: fields, select: userSummary });
    const listOf = (rows: { negotiationId: string }[], none: string) => rows.map((s) => s.negotiationId).join(", ") || none;
    const scopeChange = negotiationIds && listOf(user.scopes, "all") !== listOf(updated.scopes, "all") ? `negotiations: ${listOf(user.scopes, "all")} → ${listOf(updated.scopes, "all")}` : null;
    const readsChange = readsNegotiationIds && listOf(user.reads, "none") !== listOf(updated.reads, "none") ? `restricted reading: ${listOf(user.reads, "none")} → ${listOf(updated.reads, "none")}` : null;
    if (data.banned || (data.role && data.role !== user.role)) await tx.session.deleteMany({ where: { userId: id } });
    const changes = [data.role && data.role !== user.role ? `role: ${user.role} → ${data.role}` : null, data.banned === true && !user.banned ? "deactivate" : null, data.banned === false && user.banned ? "reactivate" : null, data.name && data.name !== user.name ? "rename" : null, scopeChange, readsChange].filter(Boolean);
    if (changes.length) await audit(tx, updated, changes.join(", "), actingUserId);
    return updated;
  });
}

async function assertAnotherAdmin(tx: Tx, exceptId: string) {
  const others = await tx.user.count({ where: { role: "admin", banned: false, id: { not: exceptId } } });
  if (others === 0) throw new AppError(409, "last_admin", "Parley needs at least one active admin");
}

export function listUsers(db: Db) {
  return db.user.findMany({ select: userSummary, orderBy: { email: "asc" } });
}

/** Ends every session of an account (sign out everywhere). */
export async function revokeSessions(db: Db, userId: string, actingUserId: string | null = null): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: userSummary });
    if (!user) throw new AppError(404, "not_found", "Account not found");
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await audit(tx, user, `end ${count} session${count === 1 ? "" : "s"}`, actingUserId);
    return count;
  });
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
