// Moderators' decisions on claim requests ("this existing profile is ours").
import { and, asc, eq } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { claimRequests, startupMembers, startups, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { mailTo } from "@/lib/mail/outbox";
import { mailTemplates } from "@/lib/mail/templates";
import { isUuid } from "@/lib/startups/access";
import { assertModerator, REJECTION_REASON_MIN } from "./decisions";

export async function listPendingClaims(db: Executor, moderator: { id: string }) {
  await assertModerator(db, moderator.id);
  return db
    .select({
      id: claimRequests.id,
      message: claimRequests.message,
      createdAt: claimRequests.createdAt,
      startupName: startups.name,
      startupSlug: startups.slug,
      requester: users.email,
      requesterName: users.name,
    })
    .from(claimRequests)
    .innerJoin(startups, eq(startups.id, claimRequests.startupId))
    .innerJoin(users, eq(users.id, claimRequests.userId))
    .where(eq(claimRequests.status, "pending"))
    .orderBy(asc(claimRequests.createdAt));
}

export async function decideClaim(db: Db, moderator: { id: string }, claimId: string, decision: { approve: true } | { approve: false; reason: string }) {
  if (!isUuid(claimId)) throw new NotFoundError();
  const reason = decision.approve ? null : decision.reason.trim();
  if (reason !== null && reason.length < REJECTION_REASON_MIN) {
    throw new DomainError(dictionary().messages.claims.reasonTooShort(REJECTION_REASON_MIN), "reason");
  }
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    if (decision.approve) {
      const [own] = await tx
        .select({ id: claimRequests.id })
        .from(claimRequests)
        .where(and(eq(claimRequests.id, claimId), eq(claimRequests.userId, moderator.id)));
      if (own) throw new DomainError(dictionary().messages.claims.ownClaim);
    }
    const [claim] = await tx
      .update(claimRequests)
      .set({ status: decision.approve ? "approved" : "rejected", reviewerId: moderator.id, reviewNote: reason, decidedAt: new Date() })
      .where(and(eq(claimRequests.id, claimId), eq(claimRequests.status, "pending")))
      .returning({ startupId: claimRequests.startupId, userId: claimRequests.userId });
    if (!claim) throw new DomainError(dictionary().messages.claims.alreadyDecided);
    if (decision.approve) {
      await tx.insert(startupMembers).values({ startupId: claim.startupId, userId: claim.userId, role: "editor" }).onConflictDoNothing();
    }
    await appendAudit(tx, {
      actorId: moderator.id,
      action: decision.approve ? "claim.approve" : "claim.reject",
      targetType: "claim",
      targetId: claimId,
      details: { startupId: claim.startupId, userId: claim.userId, reason },
    });
    const [row] = await tx
      .select({ email: users.email, language: users.language, startupName: startups.name })
      .from(users)
      .innerJoin(startups, eq(startups.id, claim.startupId))
      .where(eq(users.id, claim.userId));
    if (row) await mailTo(tx, row, () => mailTemplates.claimDecided({ startupName: row.startupName, approved: decision.approve, reason }));
  });
}
