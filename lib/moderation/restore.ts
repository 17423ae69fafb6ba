// Restoring an earlier approved version: a new approved revision that copies it. History is
// never rewritten.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { startupRevisions, startups } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { writeLiveProfile } from "@/lib/startups/live";
import { profileDataSchema } from "@/lib/startups/profile";
import { isUuid } from "@/lib/startups/access";
import { assertModerator } from "./decisions";

export async function restoreRevision(db: Db, moderator: { id: string }, revisionId: string): Promise<void> {
  if (!isUuid(revisionId)) throw new NotFoundError();
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const [old] = await tx
      .select({ startupId: startupRevisions.startupId, data: startupRevisions.data, status: startupRevisions.status })
      .from(startupRevisions)
      .where(eq(startupRevisions.id, revisionId));
    if (!old) throw new NotFoundError();
    if (old.status !== "approved") throw new DomainError(dictionary().messages.moderation.restoreNotApproved);
    const [live] = await tx.select({ currentRevisionId: startups.currentRevisionId }).from(startups).where(eq(startups.id, old.startupId)).for("update");
    if (live?.currentRevisionId === revisionId) throw new DomainError(dictionary().messages.moderation.restoreAlreadyLive);
    const data = profileDataSchema.parse(old.data);
    const now = new Date();
    const [copy] = await tx
      .insert(startupRevisions)
      .values({ startupId: old.startupId, status: "approved", data, authorId: moderator.id, reviewerId: moderator.id, baseRevisionId: live?.currentRevisionId ?? null, submittedAt: now, decidedAt: now, reviewNote: dictionary().messages.moderation.restoreNote(revisionId) })
      .returning({ id: startupRevisions.id });
    await writeLiveProfile(tx, old.startupId, data, copy!.id);
    await appendAudit(tx, { actorId: moderator.id, action: "revision.restore", targetType: "revision", targetId: copy!.id, details: { startupId: old.startupId, restoredFrom: revisionId, before: live?.currentRevisionId ?? null, after: copy!.id } });
  });
}
