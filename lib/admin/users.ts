// Administration of accounts: the first admin from the command line, roles and disabling from
// the admin area. An admin can never remove the last enabled admin.
import { and, asc, eq, ilike, isNull, ne, or, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { isUuid } from "@/lib/startups/access";

export type Role = "member" | "moderator" | "admin";

/** Throws NotFoundError unless the user is, right now, an enabled admin. */
export async function assertAdmin(db: Executor, userId: string): Promise<void> {
  const [user] = await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt || user.role !== "admin") throw new NotFoundError();
}

export async function createOrPromoteAdmin(db: Db, input: { email: string; name: string | null; password: string }): Promise<"created" | "promoted"> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
    if (existing) {
      await tx
        .update(users)
        .set({ role: "admin", passwordHash, disabledAt: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(eq(users.id, existing.id));
      await appendAudit(tx, { actorId: null, action: "user.promote_cli", targetType: "user", targetId: existing.id, details: { after: "admin" } });
      return "promoted";
    }
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, role: "admin", emailVerifiedAt: new Date() })
      .returning({ id: users.id });
    await appendAudit(tx, { actorId: null, action: "user.create_admin_cli", targetType: "user", targetId: created!.id, details: { after: "admin" } });
    return "created";
  });
}

export async function listUsers(db: Executor, admin: { id: string }, query: string) {
  await assertAdmin(db, admin.id);
  const q = query.trim();
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .where(q ? or(ilike(users.email, `%${q}%`), ilike(users.name, `%${q}%`)) : undefined)
    .orderBy(asc(users.email))
    .limit(200);
}

async function otherEnabledAdmins(tx: Executor, exceptUserId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, exceptUserId)));
  return row?.count ?? 0;
}

export async function setRole(db: Db, admin: { id: string }, userId: string, role: Role): Promise<void> {
  if (!isUuid(userId)) throw new NotFoundError();
  await db.transaction(async (tx) => {
    await assertAdmin(tx, admin.id);
    // Serialise admin changes so that two admins cannot demote each other at once.
    await tx.execute(sql`select pg_advisory_xact_lock(7401536217)`);
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
    if (!target) throw new NotFoundError();
    if (target.role === role) return;
    if (target.role === "admin" && (await otherEnabledAdmins(tx, userId)) === 0) {
      throw new DomainError(dictionary().messages.users.lastAdmin);
    }
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
    await appendAudit(tx, { actorId: admin.id, action: "user.role", targetType: "user", targetId: userId, details: { before: target.role, after: role } });
  });
}

export async function setDisabled(db: Db, admin: { id: string }, userId: string, disabled: boolean): Promise<void> {
  if (!isUuid(userId)) throw new NotFoundError();
  await db.transaction(async (tx) => {
    await assertAdmin(tx, admin.id);
    await tx.execute(sql`select pg_advisory_xact_lock(7401536217)`);
    const [target] = await tx.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
    if (!target) throw new NotFoundError();
    if (disabled && target.role === "admin" && (await otherEnabledAdmins(tx, userId)) === 0) {
      throw new DomainError(dictionary().messages.users.lastAdmin);
    }
    await tx.update(users).set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() }).where(eq(users.id, userId));
    // For good: enabling the account again does not bring these sessions back.
    if (disabled) await revokeAllSessions(tx, userId, admin.id, "disabled");
    await appendAudit(tx, {
      actorId: admin.id,
      action: disabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: userId,
      details: { before: target.disabledAt ? "disabled" : "enabled", after: disabled ? "disabled" : "enabled" },
    });
  });
}
