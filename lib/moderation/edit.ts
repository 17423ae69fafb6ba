// A moderator fixing small things in a pending revision before deciding. The change is their
// own edit: audited with the before and after, and the revision stays pending.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { startupRevisions } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { isUuid } from "@/lib/startups/access";
import type { ProfileData } from "@/lib/startups/profile";
import { assertValidProfile } from "@/lib/startups/revisions";
import { assertModerator } from "./decisions";

export async function editPendingRevision(db: Db, moderator: { id: string }, revisionId: string, data: ProfileData): Promise<void> {
  if (!isUuid(revisionId)) throw new NotFoundError();
  await assertModerator(db, moderator.id);
  const [current] = await db.select({ startupId: startupRevisions.startupId }).from(startupRevisions).where(eq(startupRevisions.id, revisionId));
  if (!current) throw new NotFoundError();
  await assertValidProfile(db, data, current.startupId);
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const [before] = await tx
      .select({ data: startupRevisions.data, status: startupRevisions.status })
      .from(startupRevisions)
      .where(eq(startupRevisions.id, revisionId))
      .for("update");
    if (before?.status !== "pending") throw new DomainError(dictionary().messages.moderation.editNotPending);
    await tx
      .update(startupRevisions)
      .set({ data, updatedAt: new Date() })
      .where(and(eq(startupRevisions.id, revisionId), eq(startupRevisions.status, "pending")));
    await appendAudit(tx, {
      actorId: moderator.id,
      action: "revision.moderator_edit",
      targetType: "revision",
      targetId: revisionId,
      details: { startupId: current.startupId, before: before.data, after: data },
    });
  });
}
