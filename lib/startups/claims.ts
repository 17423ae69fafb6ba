// Claim requests: "this existing profile is ours". Moderators decide (lib/moderation).
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claimRequests, startups } from "@/db/schema";
import { DomainError, NotFoundError } from "@/lib/errors";
import { isUuid, memberRole } from "./access";

export async function requestClaim(db: Db, actor: { id: string }, startupId: string, message: string): Promise<void> {
  if (!isUuid(startupId)) throw new NotFoundError();
  const [startup] = await db.select({ id: startups.id }).from(startups).where(eq(startups.id, startupId));
  if (!startup) throw new NotFoundError();
  if (await memberRole(db, actor.id, startupId)) throw new DomainError("Vous faites déjà partie de l’équipe de cette startup.");
  const [pending] = await db
    .select({ id: claimRequests.id })
    .from(claimRequests)
    .where(and(eq(claimRequests.startupId, startupId), eq(claimRequests.userId, actor.id), eq(claimRequests.status, "pending")));
  if (pending) throw new DomainError("Vous avez déjà une demande d’accès en attente pour cette fiche.");
  await db.insert(claimRequests).values({ startupId, userId: actor.id, message });
}
