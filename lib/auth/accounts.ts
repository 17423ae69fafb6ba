// Account lifecycle: sign-up, email verification, password reset and change. Every mail is
// written to the outbox in the same transaction as the change that causes it.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userTokens, users } from "@/db/schema";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/lang";
import { currentLang, dictionary } from "@/lib/i18n/server";
import { appendAudit } from "@/lib/audit";
import { logSecurityEvent } from "@/lib/log";
import { mailTo } from "@/lib/mail/outbox";
import { clearHits, clearHitsByPrefix } from "@/lib/rate-limit";
import { mailTemplates } from "@/lib/mail/templates";
import { signInKeys } from "./credentials";
import { hashPassword } from "./password";
import { revokeAllSessions } from "./sessions";
import { hashToken, newToken } from "./tokens";

const VERIFICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 60 * 60 * 1000;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function issueToken(tx: Tx, userId: string, kind: "email_verification" | "password_reset", ttlMs: number) {
  const { token, hash } = newToken();
  // A new link replaces the previous ones of the same kind.
  await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.kind, kind), isNull(userTokens.usedAt)));
  await tx.insert(userTokens).values({ userId, kind, tokenHash: hash, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

/** Marks the token used and returns its user, or null when unknown, used or expired. */
async function consumeToken(tx: Tx, token: string, kind: "email_verification" | "password_reset") {
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.kind, kind), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date())))
    .returning({ userId: userTokens.userId });
  return row?.userId ?? null;
}

/** Whether the token would be accepted now, without using it. */
async function isTokenUsable(db: Db, token: string, kind: "email_verification" | "password_reset"): Promise<boolean> {
  const [row] = await db
    .select({ id: userTokens.id })
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.kind, kind), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date())));
  return !!row;
}

export async function findUserIdByEmail(db: Db | Tx, email: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row?.id ?? null;
}

export async function signUp(db: Db, input: { email: string; name: string; password: string }): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    if (await findUserIdByEmail(tx, email)) {
      throw new DomainError(dictionary().messages.auth.emailTaken, "email");
    }
    const [user] = await tx
      .insert(users)
      // The language of the page they signed up on: their mails are written in it.
      .values({ email, name: input.name.trim(), passwordHash, role: "member", language: currentLang() })
      .returning({ id: users.id, language: users.language });
    const token = await issueToken(tx, user!.id, "email_verification", VERIFICATION_TTL_MS);
    await mailTo(tx, { email, language: user!.language }, (link) => mailTemplates.verifyEmail({ name: input.name, url: link(`/compte/verifier?jeton=${token}`) }));
    return { userId: user!.id };
  });
}

export async function resendVerification(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ email: users.email, language: users.language, name: users.name, verified: users.emailVerifiedAt })
      .from(users)
      .where(eq(users.id, userId));
    if (!user || user.verified) return;
    const token = await issueToken(tx, userId, "email_verification", VERIFICATION_TTL_MS);
    await mailTo(tx, user, (link) => mailTemplates.verifyEmail({ name: user.name ?? "", url: link(`/compte/verifier?jeton=${token}`) }));
  });
}

export async function verifyEmail(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "email_verification");
    if (!userId) return false;
    await tx.update(users).set({ emailVerifiedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, userId));
    return true;
  });
}

/** Always looks the same from outside, whether or not the email has an account. */
export async function requestPasswordReset(db: Db, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    const userId = await findUserIdByEmail(tx, email);
    if (!userId) return;
    const [user] = await tx.select({ email: users.email, language: users.language, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
    if (!user || user.disabledAt) return;
    const token = await issueToken(tx, userId, "password_reset", RESET_TTL_MS);
    await mailTo(tx, user, (link) => mailTemplates.resetPassword({ url: link(`/compte/reinitialiser?jeton=${token}`) }));
  });
}

/**
 * Sets a new password through a reset link; every existing session ends, and the sign-in locks of
 * the account are lifted (the owner proved they hold the mailbox).
 */
export async function resetPassword(db: Db, token: string, password: string): Promise<boolean> {
  // The token is checked before the (deliberately costly) hash, so that nobody without a valid
  // link can make the server hash passwords; it is used up below, atomically.
  if (!(await isTokenUsable(db, token, "password_reset"))) return false;
  const passwordHash = await hashPassword(password);
  const changed = await db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "password_reset");
    if (!userId) return null;
    const email = await setPassword(tx, userId, passwordHash, "reset");
    // The link reached the mailbox: that proves the address as well as a verification link would.
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` }).where(eq(users.id, userId));
    if (email) {
      await clearHits(tx, signInKeys.account(email));
      await clearHitsByPrefix(tx, [signInKeys.accountIpPrefix(email)]);
    }
    return userId;
  });
  // Once committed, beside the audit row written with it.
  if (changed) logSecurityEvent("password_changed", { userId: changed, how: "reset" });
  return !!changed;
}

/** Changes the password of a signed-in user; every session, including this one, ends. */
export async function changePassword(db: Db, userId: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => setPassword(tx, userId, passwordHash, "change"));
  logSecurityEvent("password_changed", { userId, how: "change" });
}

async function setPassword(tx: Tx, userId: string, passwordHash: string, how: "reset" | "change"): Promise<string | null> {
  const [user] = await tx
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ email: users.email, language: users.language });
  if (!user) return null;
  // Links mailed before the change (another reset, a verification) stop working with it.
  await tx.update(userTokens).set({ usedAt: new Date() }).where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt)));
  await revokeAllSessions(tx, userId, userId, `password_${how}`);
  await appendAudit(tx, { actorId: userId, action: "auth.password_changed", targetType: "user", targetId: userId, details: { how } });
  await mailTo(tx, user, () => mailTemplates.passwordChanged({}));
  return user.email;
}

/** The language a member's mails are written in (and the site opens in, through the cookie). */
export async function setLanguage(db: Db, actor: { id: string }, language: Lang): Promise<void> {
  // Only ever one's own account: the id comes from the session, checked by the caller and here.
  const [row] = await db.update(users).set({ language, updatedAt: new Date() }).where(and(eq(users.id, actor.id), isNull(users.disabledAt))).returning({ id: users.id });
  if (!row) throw new NotFoundError();
}

export async function getLanguage(db: Db, userId: string): Promise<Lang | null> {
  const [row] = await db.select({ language: users.language }).from(users).where(eq(users.id, userId));
  return row?.language ?? null;
}
