// "My data": everything stored about a user, as JSON, and deleting the account.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, claimRequests, emailOutbox, startupInvitations, startupMembers, startupRevisions, startups, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { clearHitsOfPerson } from "@/lib/rate-limit";

export async function exportUserData(db: Db, userId: string) {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  const memberships = await db
    .select({ startupId: startups.id, slug: startups.slug, name: startups.name, role: startupMembers.role, since: startupMembers.createdAt })
    .from(startupMembers)
    .innerJoin(startups, eq(startups.id, startupMembers.startupId))
    .where(eq(startupMembers.userId, userId));
  const revisions = await db
    .select({
      id: startupRevisions.id,
      startupId: startupRevisions.startupId,
      status: startupRevisions.status,
      data: startupRevisions.data,
      reviewNote: startupRevisions.reviewNote,
      createdAt: startupRevisions.createdAt,
      submittedAt: startupRevisions.submittedAt,
      decidedAt: startupRevisions.decidedAt,
    })
    .from(startupRevisions)
    .where(eq(startupRevisions.authorId, userId));
  const invitationsSent = await db
    .select({ startupId: startupInvitations.startupId, email: startupInvitations.email, createdAt: startupInvitations.createdAt, acceptedAt: startupInvitations.acceptedAt })
    .from(startupInvitations)
    .where(eq(startupInvitations.invitedBy, userId));
  const claims = await db
    .select({ startupId: claimRequests.startupId, message: claimRequests.message, status: claimRequests.status, createdAt: claimRequests.createdAt })
    .from(claimRequests)
    .where(eq(claimRequests.userId, userId));
  const actions = await db
    .select({ action: auditLog.action, targetType: auditLog.targetType, targetId: auditLog.targetId, createdAt: auditLog.createdAt })
    .from(auditLog)
    .where(eq(auditLog.actorId, userId));
  return { exportedAt: new Date().toISOString(), account, memberships, revisions, invitationsSent, claims, moderationActions: actions };
}

/**
 * Deletes the account. Memberships, sessions and tokens go with it, and so do the mails to the
 * person still in the outbox and their rate-limit keys; revisions stay, no longer linked to the
 * person. The audit log keeps the deletion and, append-only, the id and email of past actions.
 * A startup whose last member leaves stays as it is, owned by nobody.
 */
export async function deleteAccount(db: Db, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) return false;
    // Written first, while the actor's email can still be read for the label.
    await appendAudit(tx, { actorId: userId, action: "auth.account_deleted", targetType: "user", targetId: userId });
    await tx.delete(emailOutbox).where(sql`lower(${emailOutbox.toAddress}) = ${user.email.toLowerCase()}`);
    await clearHitsOfPerson(tx, { userId, email: user.email });
    await tx.delete(users).where(eq(users.id, userId));
    return true;
  });
}
