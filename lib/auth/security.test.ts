// Issue 9, the authentication half: atomic limits, no lockout by strangers, tokens and sessions
// that end with a password change, TOTP, invitations, the append-only audit log and deletion.
import { and, eq, sql } from "drizzle-orm";
import { fr } from "@/lib/i18n/fr";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows, type Database } from "@/db/client";
import { auditLog, emailOutbox, rateLimitHits, startups, userSessions, users } from "@/db/schema";
import { setDisabled } from "@/lib/admin/users";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { requestClaim } from "@/lib/startups/claims";
import { createStartup } from "@/lib/startups/revisions";
import { acceptInvitation, inviteMember } from "@/lib/startups/team";
import { seedSectors } from "@/lib/sectors";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertStartup, insertUser, lastMailLink, profile, TEST_PASSWORD } from "@/tests/support/fixtures";
import { changePassword, requestPasswordReset, resetPassword, resendVerification, verifyEmail } from "./accounts";
import { authenticate, signInKeys, TOTP_REQUIRED } from "./credentials";
import { deleteAccount } from "./gdpr";
import { createSession, revokeAllSessions, revokeSession } from "./sessions";
import { confirmTotpEnrolment, currentTotpCode, isValidTotpCode, startTotpEnrolment } from "./totp";

// Counts the real password work, to prove what runs and what does not.
const work = vi.hoisted(() => ({ verify: 0, hash: 0 }));
vi.mock("./password", async (importOriginal) => {
  const original = await importOriginal<typeof import("./password")>();
  return {
    ...original,
    verifyPassword: async (...args: Parameters<typeof original.verifyPassword>) => {
      work.verify++;
      return original.verifyPassword(...args);
    },
    hashPassword: async (...args: Parameters<typeof original.hashPassword>) => {
      work.hash++;
      return original.hashPassword(...args);
    },
  };
});

const tokenOf = (link: string) => new URL(link).searchParams.get("jeton")!;
// scrypt at 128 MiB is slow on a shared machine; these tests hash and verify a dozen times each.
const SLOW = { timeout: 300_000 };

describe.each(enginesUnderTest())("authentication security on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedSectors(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  const sessionIsLive = async (id: string) => {
    const [row] = await database.db.select({ revokedAt: userSessions.revokedAt }).from(userSessions).where(eq(userSessions.id, id));
    return !!row && row.revokedAt === null;
  };
  const actions = async (targetId: string) =>
    (await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.id)).map((r) => r.action);

  it("lets 50 parallel wrong-password sign-ins check at most the limit's number of passwords", SLOW, async () => {
    const db = database.db;
    const user = await insertUser(db);
    work.verify = 0;
    const results = await Promise.all(Array.from({ length: 50 }, () => authenticate(db, user.email, "mauvais mot de passe", "203.0.113.50")));
    expect(work.verify).toBeLessThanOrEqual(RATE_LIMITS.signInAccountIp.max);
    expect(work.verify).toBeGreaterThan(0);
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && /Réessayez dans/.test(r.message))).toHaveLength(50 - work.verify);
    expect(await actions(user.id)).toContain("auth.locked");
  });

  it("keeps a per-account limit across addresses, lifted by a successful reset", SLOW, async () => {
    const db = database.db;
    const user = await insertUser(db);
    // Strangers from many addresses used up the account's slower limit.
    const now = Date.now();
    await db.insert(rateLimitHits).values(Array.from({ length: RATE_LIMITS.signInAccount.max }, (_, i) => ({ key: signInKeys.account(user.email), at: new Date(now - i * 1000) })));
    const locked = await authenticate(db, user.email, TEST_PASSWORD, "198.51.100.20");
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.message).toMatch(/Trop de tentatives de connexion\. Réessayez dans (60|59) minutes\./);
    await requestPasswordReset(db, user.email);
    expect(await resetPassword(db, tokenOf(await lastMailLink(db, user.email)), "un nouveau mot de passe solide")).toBe(true);
    expect((await authenticate(db, user.email, "un nouveau mot de passe solide", "198.51.100.20")).ok).toBe(true);
  });

  it("checks the reset token before hashing the new password", SLOW, async () => {
    work.hash = 0;
    expect(await resetPassword(database.db, "jeton-inventé-de-toutes-pièces", "un mot de passe jamais haché")).toBe(false);
    expect(work.hash).toBe(0);
  });

  it("kills outstanding reset and verification links, and every session, when the password changes", SLOW, async () => {
    const db = database.db;
    const user = await insertUser(db, { verified: false });
    await resendVerification(db, user.id);
    const verification = tokenOf(await lastMailLink(db, user.email));
    await requestPasswordReset(db, user.email);
    const reset = tokenOf(await lastMailLink(db, user.email));
    const session = await createSession(db, user.id);
    await changePassword(db, user.id, "changement de mot de passe");
    expect(await resetPassword(db, reset, "encore un autre mot de passe")).toBe(false);
    expect(await verifyEmail(db, verification)).toBe(false);
    expect(await sessionIsLive(session)).toBe(false);
    expect(await actions(user.id)).toEqual(expect.arrayContaining(["auth.sessions_revoked", "auth.password_changed"]));
  });

  it("revokes one session, all of them, and a disabled user's for good", SLOW, async () => {
    const db = database.db;
    const admin = await insertUser(db, { role: "admin" });
    const user = await insertUser(db);
    const [a, b] = [await createSession(db, user.id), await createSession(db, user.id)];
    await revokeSession(db, a);
    expect([await sessionIsLive(a), await sessionIsLive(b)]).toEqual([false, true]);
    await revokeAllSessions(db, user.id, user.id, "sign_out_everywhere");
    expect(await sessionIsLive(b)).toBe(false);

    const c = await createSession(db, user.id);
    await setDisabled(db, admin, user.id, true);
    await setDisabled(db, admin, user.id, false);
    expect(await sessionIsLive(c)).toBe(false);
    expect(await actions(user.id)).toEqual(expect.arrayContaining(["auth.sign_out", "auth.sessions_revoked", "user.disable", "user.enable"]));
  });

  it("enrols TOTP, then asks for a code at sign-in, accepts a recovery code once, and limits guesses", SLOW, async () => {
    const db = database.db;
    const user = await insertUser(db, { role: "moderator" });
    const enrolment = await startTotpEnrolment(db, user.id);
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    expect((await startTotpEnrolment(db, user.id)).secret).toBe(enrolment.secret);
    // Before enrolment is confirmed, the password alone signs in.
    expect((await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.70")).ok).toBe(true);
    expect(await confirmTotpEnrolment(db, user.id, "000000")).toMatchObject({ ok: false });
    const confirmed = await confirmTotpEnrolment(db, user.id, currentTotpCode(enrolment.secret));
    if (!confirmed.ok) throw new Error(confirmed.message);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(JSON.stringify(await queryRows(db, sql`select code_hash from totp_recovery_codes`))).not.toContain(confirmed.recoveryCodes[0]);

    expect(await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.70")).toEqual({ ok: false, message: TOTP_REQUIRED, totpRequired: true });
    expect((await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.70", { totpCode: currentTotpCode(enrolment.secret) })).ok).toBe(true);
    const recovery = confirmed.recoveryCodes[0]!.toUpperCase();
    expect((await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.70", { totpCode: recovery })).ok).toBe(true);
    expect((await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.70", { totpCode: recovery })).ok).toBe(false);
    // Re-checking the password of a signed-in user (change, deletion) needs no code.
    expect((await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.70", { purpose: "confirm" })).ok).toBe(true);

    // 5 guesses per 15 minutes; then even the right code waits.
    await db.delete(rateLimitHits).where(eq(rateLimitHits.key, `totp:user:${user.id}`));
    const wrong = isValidTotpCode(enrolment.secret, "000000") ? "111111" : "000000";
    for (let i = 0; i < RATE_LIMITS.totpUser.max; i++) await authenticate(db, user.email, TEST_PASSWORD, `192.0.2.${80 + i}`, { totpCode: wrong });
    const limited = await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.99", { totpCode: currentTotpCode(enrolment.secret) });
    expect(limited).toMatchObject({ ok: false, totpRequired: true, message: expect.stringMatching(/Trop de codes de vérification essayés\. Réessayez dans 15 minutes\./) });
    expect(await actions(user.id)).toEqual(expect.arrayContaining(["auth.totp_enrolled", "auth.sign_in", "auth.totp_failed", "auth.totp_recovery_code_used"]));
  });

  it("lets only the invited address accept an invitation, and only verified accounts invite or claim", SLOW, async () => {
    const db = database.db;
    const owner = await insertUser(db);
    const invited = await insertUser(db, { email: "invitee@exemple.fr" });
    const stranger = await insertUser(db, { verified: false });
    const { startupId } = await createStartup(db, owner, profile({ name: "Invitations Strictes" }));
    await inviteMember(db, owner, startupId, "invitee@exemple.fr");
    const token = tokenOf(await lastMailLink(db, "invitee@exemple.fr"));
    await expect(acceptInvitation(db, stranger, token)).rejects.toThrow(/envoyée à invitee@exemple\.fr/);
    expect(await acceptInvitation(db, invited, token)).toBe(startupId);

    const unverifiedOwner = await insertUser(db, { verified: false });
    const { startupId: other } = await createStartup(db, unverifiedOwner, profile({ name: "Pas Encore Confirmée" }));
    await expect(inviteMember(db, unverifiedOwner, other, "quelquun@exemple.fr")).rejects.toThrow(/Confirmez d’abord votre adresse/);
    const slug = await insertStartup(db, profile({ name: "Déjà Publiée" }));
    const [published] = await db.select({ id: startups.id }).from(startups).where(eq(startups.slug, slug));
    await expect(requestClaim(db, stranger, published!.id, "C’est notre startup.")).rejects.toThrow(/Confirmez d’abord votre adresse/);
  });

  it("refuses the longest address next-auth passes, from the longest client address, as wrong credentials (found by the fuzz test)", SLOW, async () => {
    const email = `${"a".repeat(240)}@exemple.fr`.slice(0, 254);
    const result = await authenticate(database.db, email, "mauvais mot de passe", "f".repeat(64));
    expect(result).toMatchObject({ ok: false, message: fr.messages.auth.invalidCredentials, invalidCredentials: true });
  });

  it("keeps the audit log append-only, with the actor's id and label after their account is deleted", SLOW, async () => {
    const db = database.db;
    const user = await insertUser(db, { email: "partante@exemple.fr" });
    const key = signInKeys.accountIp(user.email, "192.0.2.5");
    await authenticate(db, user.email, "mauvais mot de passe", "192.0.2.5");
    await requestPasswordReset(db, user.email);
    const other = await db.insert(emailOutbox).values({ toAddress: "quelquun@exemple.fr", subject: "Autre", textBody: "x" }).returning({ id: emailOutbox.id });

    expect(await deleteAccount(db, user.id)).toBe(true);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, user.email))).toEqual([]);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.id, other[0]!.id))).toHaveLength(1);
    expect(await db.select().from(rateLimitHits).where(eq(rateLimitHits.key, key))).toEqual([]);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).toEqual([]);
    const [deletion] = await db
      .select({ actorId: auditLog.actorId, actorLabel: auditLog.actorLabel })
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.account_deleted"), eq(auditLog.targetId, user.id)));
    expect(deletion).toEqual({ actorId: user.id, actorLabel: "partante@exemple.fr" });

    await expect(db.update(auditLog).set({ action: "rewritten" }).where(eq(auditLog.targetId, user.id))).rejects.toThrow();
    await expect(db.delete(auditLog).where(eq(auditLog.targetId, user.id))).rejects.toThrow();
    expect(await actions(user.id)).toEqual(expect.arrayContaining(["auth.sign_in_failed", "auth.account_deleted"]));
  });
});
