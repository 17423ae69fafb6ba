// Moderators' decisions on a revision. Each one runs in a single transaction that re-checks the
// moderator's role, locks the revision, applies the change only if the revision is still pending
// and the live profile is still the version it was based on, appends the audit entry and writes
// the members' mail. When two moderators decide at once, exactly one wins.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { startupMembers, startupRevisions, startups, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { mailTo } from "@/lib/mail/outbox";
import { teamRecipients } from "@/lib/mail/recipients";
import { mailTemplates } from "@/lib/mail/templates";
import { writeLiveProfile } from "@/lib/startups/live";
import { profileDataSchema } from "@/lib/startups/profile";

export type Moderator = { id: string };

/** Throws NotFoundError unless the user is, right now, an enabled moderator or admin. */
export async function assertModerator(db: Executor, userId: string): Promise<"moderator" | "admin"> {
  const [user] = await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt || user.role === "member") throw new NotFoundError();
  return user.role;
}

export class AlreadyDecidedError extends DomainError {}

async function lockPendingRevision(tx: Executor, revisionId: string) {
  const [revision] = await tx
    .select({
      id: startupRevisions.id,
      startupId: startupRevisions.startupId,
      status: startupRevisions.status,
      data: startupRevisions.data,
      logo: startupRevisions.logo,
      baseRevisionId: startupRevisions.baseRevisionId,
      authorId: startupRevisions.authorId,
    })
    .from(startupRevisions)
    .where(eq(startupRevisions.id, revisionId))
    .for("update");
  if (!revision) throw new NotFoundError();
  if (revision.status !== "pending") throw await alreadyDecided(tx, revisionId);
  return revision;
}

/** "Already decided by … at …", read after the lock so that it names the winner of a race. */
async function alreadyDecided(tx: Executor, revisionId: string): Promise<AlreadyDecidedError> {
  const [decision] = await tx
    .select({ decidedAt: startupRevisions.decidedAt, name: users.name, email: users.email })
    .from(startupRevisions)
    .leftJoin(users, eq(users.id, startupRevisions.reviewerId))
    .where(eq(startupRevisions.id, revisionId));
  const who = decision?.name || decision?.email;
  if (!who || !decision?.decidedAt) return new AlreadyDecidedError(dictionary().messages.moderation.noLongerPending);
  return new AlreadyDecidedError(dictionary().messages.moderation.alreadyDecidedBy(who, decision.decidedAt));
}

/** The live SIREN is unique: a clear refusal for the moderator rather than an index violation. */
async function assertSirenFree(tx: Executor, siren: string | null, startupId: string): Promise<void> {
  if (!siren) return;
  const [holder] = await tx
    .select({ name: startups.name })
    .from(startups)
    .where(and(eq(startups.siren, siren), ne(startups.id, startupId)));
  if (holder) throw new DomainError(dictionary().messages.moderation.sirenHeld(holder.name));
}

/** Four eyes: a moderator never approves what they wrote, nor a profile whose team they are in. */
async function assertNotOwnWork(tx: Executor, moderatorId: string, revision: { authorId: string | null; startupId: string }): Promise<void> {
  if (revision.authorId === moderatorId) throw new DomainError(dictionary().messages.moderation.ownSubmission);
  const [membership] = await tx
    .select({ role: startupMembers.role })
    .from(startupMembers)
    .where(and(eq(startupMembers.startupId, revision.startupId), eq(startupMembers.userId, moderatorId)));
  if (membership) throw new DomainError(dictionary().messages.moderation.ownSubmission);
}

export async function approveRevision(db: Db, moderator: Moderator, revisionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const revision = await lockPendingRevision(tx, revisionId);
    await assertNotOwnWork(tx, moderator.id, revision);
    const [live] = await tx
      .select({ status: startups.status, slug: startups.slug, currentRevisionId: startups.currentRevisionId, name: startups.name })
      .from(startups)
      .where(eq(startups.id, revision.startupId))
      .for("update");
    if (!live) throw new NotFoundError();
    if ((live.currentRevisionId ?? null) !== (revision.baseRevisionId ?? null)) {
      throw new DomainError(dictionary().messages.moderation.liveChanged);
    }
    const data = profileDataSchema.parse(revision.data);
    await assertSirenFree(tx, data.siren, revision.startupId);
    const now = new Date();
    // A first approval publishes; an approved edit of an unpublished profile keeps it unpublished.
    await writeLiveProfile(tx, revision.startupId, data, revision.id, live.status === "draft" ? { status: "published", publishedAt: now } : undefined);
    if (revision.logo) {
      await tx.update(startups).set({ logo: revision.logo, logoUpdatedAt: now }).where(eq(startups.id, revision.startupId));
    }
    await tx
      .update(startupRevisions)
      .set({ status: "approved", reviewerId: moderator.id, decidedAt: now, updatedAt: now })
      .where(and(eq(startupRevisions.id, revision.id), eq(startupRevisions.status, "pending")));
    await appendAudit(tx, {
      actorId: moderator.id,
      action: "revision.approve",
      targetType: "revision",
      targetId: revision.id,
      details: { startupId: revision.startupId, before: live.currentRevisionId, after: revision.id, name: data.name },
    });
    for (const member of await teamRecipients(tx, revision.startupId)) {
      await mailTo(tx, member, (link) => mailTemplates.revisionApproved({ startupName: data.name, url: link(`/startups/${live.slug}`) }));
    }
  });
}

export const REJECTION_REASON_MIN = 10;

export async function rejectRevision(db: Db, moderator: Moderator, revisionId: string, reasonInput: string): Promise<void> {
  const reason = reasonInput.trim();
  if (reason.length < REJECTION_REASON_MIN) {
    throw new DomainError(dictionary().messages.moderation.rejectionReasonTooShort(REJECTION_REASON_MIN), "reason");
  }
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const revision = await lockPendingRevision(tx, revisionId);
    const now = new Date();
    await tx
      .update(startupRevisions)
      .set({ status: "rejected", reviewerId: moderator.id, reviewNote: reason, decidedAt: now, updatedAt: now })
      .where(and(eq(startupRevisions.id, revision.id), eq(startupRevisions.status, "pending")));
    const name = profileDataSchema.shape.name.parse((revision.data as { name: string }).name);
    await appendAudit(tx, {
      actorId: moderator.id,
      action: "revision.reject",
      targetType: "revision",
      targetId: revision.id,
      details: { startupId: revision.startupId, reason, name },
    });
    for (const member of await teamRecipients(tx, revision.startupId)) {
      await mailTo(tx, member, (link) => mailTemplates.revisionRejected({ startupName: name, reason, url: link(`/espace/${revision.startupId}`) }));
    }
  });
}

/** Pending revisions, oldest first. */
export async function listPendingRevisions(db: Executor, moderator: Moderator) {
  await assertModerator(db, moderator.id);
  return db
    .select({
      id: startupRevisions.id,
      startupId: startupRevisions.startupId,
      submittedAt: startupRevisions.submittedAt,
      baseRevisionId: startupRevisions.baseRevisionId,
      name: startups.name,
      proposedName: sql<string>`${startupRevisions.data}->>'name'`,
      justification: startupRevisions.duplicateJustification,
    })
    .from(startupRevisions)
    .innerJoin(startups, eq(startups.id, startupRevisions.startupId))
    .where(inArray(startupRevisions.status, ["pending"]))
    .orderBy(startupRevisions.submittedAt);
}
