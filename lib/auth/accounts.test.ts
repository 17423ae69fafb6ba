import { en } from "@/lib/i18n/en";
import { fr } from "@/lib/i18n/fr";
import { inLang } from "@/lib/i18n/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { userTokens, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { enginesUnderTest, openTestDatabase } from "@/tests/support/databases";
import { insertUser, lastMailLink, TEST_PASSWORD } from "@/tests/support/fixtures";
import { changePassword, requestPasswordReset, resetPassword, signUp, verifyEmail } from "./accounts";
import { authenticate } from "./credentials";
import { exportUserData } from "./gdpr";
import { isCommonPassword, newPasswordSchema } from "./password-policy";
import { safeRedirectPath } from "./safe-redirect";

const tokenOf = (link: string) => new URL(link).searchParams.get("jeton")!;

describe("password policy and redirects", () => {
  it("requires 12 characters and refuses common passwords, also with digits appended", () => {
    expect(newPasswordSchema.safeParse("court").success).toBe(false);
    expect(isCommonPassword("qwerty123456")).toBe(true);
    expect(isCommonPassword("Password2024!")).toBe(true);
    expect(isCommonPassword("motdepasse123")).toBe(true);
    expect(isCommonPassword("aaaaaaaaaaaaaa")).toBe(true);
    expect(newPasswordSchema.safeParse("cidre pommeau calvados 2015").success).toBe(true);
  });

  it("only redirects to our own paths", () => {
    expect(safeRedirectPath("/espace/123?x=1")).toBe("/espace/123?x=1");
    for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null]) {
      expect(safeRedirectPath(evil)).toBe("/espace");
    }
  });
});

describe.each(enginesUnderTest())("accounts on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("signs up a member, mails a verification link in the same transaction, and verifies once", async () => {
    const db = database.db;
    const { userId } = await signUp(db, { email: "Nouvelle@Exemple.fr", name: "Nouvelle", password: TEST_PASSWORD });
    const [user] = await db.select({ role: users.role, email: users.email, verified: users.emailVerifiedAt, hash: users.passwordHash }).from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ role: "member", email: "nouvelle@exemple.fr", verified: null });
    expect(user!.hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    const token = tokenOf(await lastMailLink(db, "nouvelle@exemple.fr"));
    expect(await verifyEmail(db, token)).toBe(true);
    expect(await verifyEmail(db, token)).toBe(false);
    await expect(signUp(db, { email: "nouvelle@exemple.fr", name: "Bis", password: TEST_PASSWORD })).rejects.toThrow(DomainError);
  });

  it("resets a password with a single-use link that expires after an hour, and ends other sessions", async () => {
    const db = database.db;
    const user = await insertUser(db);
    const [before] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    await requestPasswordReset(db, user.email);
    const token = tokenOf(await lastMailLink(db, user.email));
    const [stored] = await db.select({ expiresAt: userTokens.expiresAt }).from(userTokens).where(eq(userTokens.userId, user.id));
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);

    expect(await resetPassword(db, token, "un tout nouveau mot de passe")).toBe(true);
    expect(await resetPassword(db, token, "encore un autre mot de passe")).toBe(false);
    expect((await authenticate(db, user.email, "un tout nouveau mot de passe", "10.0.0.1")).ok).toBe(true);
    const [after] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    expect(after!.sv).toBe(before!.sv + 1);

    // An expired link is refused.
    await requestPasswordReset(db, user.email);
    const expired = tokenOf(await lastMailLink(db, user.email));
    await db.update(userTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(userTokens.userId, user.id));
    expect(await resetPassword(db, expired, "mot de passe jamais appliqué")).toBe(false);
  });

  it("says nothing about unknown emails when a reset is requested", async () => {
    await expect(requestPasswordReset(database.db, "personne@exemple.fr")).resolves.toBeUndefined();
  });

  it("changing the password invalidates every existing session", async () => {
    const db = database.db;
    const user = await insertUser(db);
    await changePassword(db, user.id, "changement de mot de passe");
    const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    expect(row!.sv).toBe(1);
  });

  it("locks one (account, address) after 5 failures with the wait time, while the owner elsewhere still signs in", { timeout: 120_000 }, async () => {
    const db = database.db;
    const user = await insertUser(db);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await authenticate(db, user.email, "mauvais mot de passe", "192.0.2.1")).toEqual({ ok: false, message: fr.messages.auth.invalidCredentials, invalidCredentials: true });
    }
    const refused = await authenticate(db, user.email, TEST_PASSWORD, "192.0.2.1");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/Trop de tentatives de connexion\. Réessayez dans 15 minutes\./);
    expect((await authenticate(db, user.email, TEST_PASSWORD, "198.51.100.7")).ok).toBe(true);
    // Signing in from an English page: the same refusals, in English.
    const inEnglish = await inLang("en", () => authenticate(db, user.email, TEST_PASSWORD, "192.0.2.1"));
    expect(inEnglish.ok).toBe(false);
    if (!inEnglish.ok) expect(inEnglish.message).toMatch(/^Too many sign-in attempts\. .*15 minutes/);
    expect(await inLang("en", () => authenticate(db, user.email, "wrong password", "203.0.113.9"))).toEqual({
      ok: false,
      message: en.messages.auth.invalidCredentials,
      invalidCredentials: true,
    });
  });

  it("gives the same answer for an unknown email and a wrong password", { timeout: 120_000 }, async () => {
    const db = database.db;
    const user = await insertUser(db);
    const unknown = await authenticate(db, "inconnu@exemple.fr", TEST_PASSWORD, "198.51.100.1");
    const wrong = await authenticate(db, user.email, "pas le bon mot de passe", "198.51.100.2");
    expect(unknown).toEqual(wrong);
  });

  it("exports the user's data without the password hash", async () => {
    const db = database.db;
    const user = await insertUser(db);
    const data = await exportUserData(db, user.id);
    expect(data.account?.email).toBe(user.email);
    expect(JSON.stringify(data)).not.toMatch(/scrypt|password/i);
  });
});
