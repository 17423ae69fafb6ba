// Taking a published profile off the public site, and putting it back. Audited, in one
// transaction with the change; members are told by mail.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { startups } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { mailTo } from "@/lib/mail/outbox";
import { teamRecipients } from "@/lib/mail/recipients";
import { mailTemplates } from "@/lib/mail/templates";
import { isUuid } from "@/lib/startups/access";
import { assertModerator, REJECTION_REASON_MIN } from "./decisions";

export async function unpublishStartup(db: Db, moderator: { id: string }, startupId: string, reasonInput: string): Promise<void> {
  const reason = reasonInput.trim();
  if (reason.length < REJECTION_REASON_MIN) {
    throw new DomainError(dictionary().messages.moderation.unpublishReasonTooShort(REJECTION_REASON_MIN), "reason");
  }
  if (!isUuid(startupId)) throw new NotFoundError();
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const [startup] = await tx
      .update(startups)
      .set({ status: "unpublished", updatedAt: new Date() })
      .where(and(eq(startups.id, startupId), eq(startups.status, "published")))
      .returning({ name: startups.name });
    if (!startup) throw new DomainError(dictionary().messages.moderation.notPublished);
    await appendAudit(tx, { actorId: moderator.id, action: "startup.unpublish", targetType: "startup", targetId: startupId, details: { reason, before: "published", after: "unpublished" } });
    for (const member of await teamRecipients(tx, startupId)) {
      await mailTo(tx, member, () => mailTemplates.profileUnpublished({ startupName: startup.name, reason }));
    }
  });
}

export async function republishStartup(db: Db, moderator: { id: string }, startupId: string): Promise<void> {
  if (!isUuid(startupId)) throw new NotFoundError();
  await db.transaction(async (tx) => {
    await assertModerator(tx, moderator.id);
    const [startup] = await tx
      .update(startups)
      .set({ status: "published", updatedAt: new Date() })
      .where(and(eq(startups.id, startupId), eq(startups.status, "unpublished")))
      .returning({ id: startups.id });
    if (!startup) throw new DomainError(dictionary().messages.moderation.notUnpublished);
    await appendAudit(tx, { actorId: moderator.id, action: "startup.republish", targetType: "startup", targetId: startupId, details: { before: "unpublished", after: "published" } });
  });
}
