// "Rien n'a changé": a team member confirms that the published profile is still right, from the
// startup space or from a reminder's link. No moderation: only the confirmation date moves (the
// rest of the live row is untouched, so the directory's version does not move, migration 0010).
// Both ways check the membership here, at the function that writes, and are audited.
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { freshnessReminders, freshnessTokens, startups } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { hashToken } from "@/lib/auth/tokens";
import { DomainError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { assertMember, memberRole } from "@/lib/startups/access";

/** Sets the confirmation date of a published profile; false when it is not published (any more). */
async function writeConfirmation(tx: Executor, startupId: string, actorId: string, now: Date, via: "space" | "mail"): Promise<boolean> {
  const [before] = await tx
    .select({ confirmedAt: startups.confirmedAt })
    .from(startups)
    .where(and(eq(startups.id, startupId), eq(startups.status, "published")))
    .for("update");
  if (!before) return false;
  await tx.update(startups).set({ confirmedAt: now }).where(eq(startups.id, startupId));
  await appendAudit(tx, {
    actorId,
    action: "startup.confirm",
    targetType: "startup",
    targetId: startupId,
    details: { via, before: before.confirmedAt?.toISOString() ?? null, after: now.toISOString() },
  });
  return true;
}

/** From the startup space: any member of the team (the ones who may edit the profile) confirms. */
export async function confirmProfile(db: Db, actor: { id: string }, startupId: string, now: Date = new Date()): Promise<void> {
  await assertMember(db, actor.id, startupId);
  await db.transaction(async (tx) => {
    if (!(await writeConfirmation(tx, startupId, actor.id, now, "space"))) throw new DomainError(dictionary().freshness.space.notPublished);
  });
}

export type LinkConfirmation =
  | { status: "confirmed" | "already"; startupName: string; slug: string; startupId: string }
  | { status: "invalid" | "used" | "expired" | "unavailable" };

/**
 * From a reminder's "rien n'a changé" link (a POST from the page it opens, never the GET itself).
 * The token is used up whatever happens next; a profile confirmed since the reminder was sent
 * (by anyone) is "already" confirmed, and nothing moves.
 */
export async function confirmByToken(db: Db, token: string, now: Date = new Date()): Promise<LinkConfirmation> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: freshnessTokens.id,
        userId: freshnessTokens.userId,
        expiresAt: freshnessTokens.expiresAt,
        usedAt: freshnessTokens.usedAt,
        startupId: freshnessReminders.startupId,
        cycle: freshnessReminders.cycle,
      })
      .from(freshnessTokens)
      .innerJoin(freshnessReminders, eq(freshnessReminders.id, freshnessTokens.reminderId))
      .where(eq(freshnessTokens.tokenHash, hashToken(token)))
      .for("update", { of: freshnessTokens });
    if (!row) return { status: "invalid" };
    if (row.usedAt) return { status: "used" };
    if (row.expiresAt <= now) return { status: "expired" };
    // Single use from here on. The row is locked (FOR UPDATE): a second, racing post waits for
    // this transaction, then reads the token as used.
    await tx.update(freshnessTokens).set({ usedAt: now }).where(and(eq(freshnessTokens.id, row.id), isNull(freshnessTokens.usedAt)));
    const [profile] = await tx
      .select({ name: startups.name, slug: startups.slug, status: startups.status, confirmedAt: startups.confirmedAt })
      .from(startups)
      .where(eq(startups.id, row.startupId));
    if (!profile || profile.status !== "published" || !(await memberRole(tx, row.userId, row.startupId))) return { status: "unavailable" };
    const result = { startupName: profile.name, slug: profile.slug, startupId: row.startupId };
    if (profile.confirmedAt && profile.confirmedAt > row.cycle) return { status: "already", ...result };
    if (!(await writeConfirmation(tx, row.startupId, row.userId, now, "mail"))) return { status: "unavailable" };
    return { status: "confirmed", ...result };
  });
}
