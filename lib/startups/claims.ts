// Claim requests: "this existing profile is ours". Moderators decide (lib/moderation).
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRequests, startups } from "@/db/schema";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { consumeRateLimit, formatWait, RATE_LIMITS } from "@/lib/rate-limit";
import { assertEmailVerified, isUuid, memberRole } from "./access";

export async function requestClaim(db: Db, actor: { id: string }, startupId: string, message: string): Promise<void> {
  if (!isUuid(startupId)) throw new NotFoundError();
  await assertEmailVerified(db, actor.id);
  // Only a published profile can be claimed: the others are not the member's to know about.
  const [startup] = await db.select({ id: startups.id }).from(startups).where(and(eq(startups.id, startupId), eq(startups.status, "published")));
  if (!startup) throw new NotFoundError();
  if (await memberRole(db, actor.id, startupId)) throw new DomainError(dictionary().messages.claims.alreadyMember);
  const [pending] = await db
    .select({ id: claimRequests.id })
    .from(claimRequests)
    .where(and(eq(claimRequests.startupId, startupId), eq(claimRequests.userId, actor.id), eq(claimRequests.status, "pending")));
  if (pending) throw new DomainError(dictionary().messages.claims.alreadyRequested);
  // Each claim mails the moderators.
  const limit = await consumeRateLimit(db, RATE_LIMITS.claimUser, `claim:user:${actor.id}`);
  if (!limit.allowed) throw new DomainError(dictionary().messages.rateLimit.claims(formatWait(limit.retryAfterSeconds)));
  await db.insert(claimRequests).values({ startupId, userId: actor.id, message });
}
