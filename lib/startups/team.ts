// A startup's team: the owner invites co-founders by a single-use link, and may remove members.
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { startupInvitations, startupMembers, startups, users } from "@/db/schema";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { DomainError } from "@/lib/errors";
import { currentLang, dictionary } from "@/lib/i18n/server";
import { mailTo } from "@/lib/mail/outbox";
import { mailTemplates } from "@/lib/mail/templates";
import { consumeRateLimit, formatWait, RATE_LIMITS } from "@/lib/rate-limit";
import { assertEmailVerified, assertMember } from "./access";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function inviteMember(db: Db, actor: { id: string }, startupId: string, email: string): Promise<void> {
  await assertMember(db, actor.id, startupId, "owner");
  await assertEmailVerified(db, actor.id);
  const address = email.trim().toLowerCase();
  const limit = await consumeRateLimit(db, RATE_LIMITS.invitationUser, `invite:user:${actor.id}`);
  if (!limit.allowed) throw new DomainError(dictionary().messages.rateLimit.invitations(formatWait(limit.retryAfterSeconds)), "email");
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ userId: startupMembers.userId })
      .from(startupMembers)
      .innerJoin(users, eq(users.id, startupMembers.userId))
      .where(and(eq(startupMembers.startupId, startupId), eq(users.email, address)));
    if (existing) throw new DomainError(dictionary().messages.team.alreadyMember, "email");
    const [startup] = await tx.select({ name: startups.name }).from(startups).where(eq(startups.id, startupId));
    const [inviter] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id));
    const { token, hash } = newToken();
    await tx.insert(startupInvitations).values({
      startupId,
      email: address,
      tokenHash: hash,
      invitedBy: actor.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    // The invitee may have no account yet: the language of the team member who invites them.
    await mailTo(tx, { email: address, language: currentLang() }, (link) =>
      mailTemplates.invitation({
        startupName: startup!.name,
        inviterName: inviter?.name || inviter?.email || "",
        url: link(`/espace/invitation?jeton=${token}`),
      }),
    );
  });
}

/**
 * Accepts an invitation link: the signed-in user becomes an editor. Returns the startup id. Only
 * the invited address may accept: a forwarded or leaked link is of no use to another account.
 */
export async function acceptInvitation(db: Db, actor: { id: string }, token: string): Promise<string> {
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ email: startupInvitations.email, actorEmail: users.email })
      .from(startupInvitations)
      .innerJoin(users, eq(users.id, actor.id))
      .where(and(eq(startupInvitations.tokenHash, hashToken(token)), isNull(startupInvitations.acceptedAt), gt(startupInvitations.expiresAt, new Date())));
    if (!pending) throw new DomainError(dictionary().messages.team.invitationInvalid);
    if (pending.email.toLowerCase() !== pending.actorEmail.toLowerCase()) throw new DomainError(dictionary().messages.auth.invitationOtherAddress(pending.email));
    const [invitation] = await tx
      .update(startupInvitations)
      .set({ acceptedAt: new Date(), acceptedBy: actor.id })
      .where(
        and(eq(startupInvitations.tokenHash, hashToken(token)), isNull(startupInvitations.acceptedAt), gt(startupInvitations.expiresAt, new Date())),
      )
      .returning({ startupId: startupInvitations.startupId });
    if (!invitation) throw new DomainError(dictionary().messages.team.invitationInvalid);
    await tx.insert(startupMembers).values({ startupId: invitation.startupId, userId: actor.id, role: "editor" }).onConflictDoNothing();
    return invitation.startupId;
  });
}

export async function removeMember(db: Db, actor: { id: string }, startupId: string, userId: string): Promise<void> {
  await assertMember(db, actor.id, startupId, "owner");
  if (userId === actor.id) throw new DomainError(dictionary().messages.team.cannotRemoveSelf);
  await db.delete(startupMembers).where(and(eq(startupMembers.startupId, startupId), eq(startupMembers.userId, userId)));
}

export async function cancelInvitation(db: Db, actor: { id: string }, startupId: string, invitationId: string): Promise<void> {
  await assertMember(db, actor.id, startupId, "owner");
  await db.delete(startupInvitations).where(and(eq(startupInvitations.id, invitationId), eq(startupInvitations.startupId, startupId)));
}
