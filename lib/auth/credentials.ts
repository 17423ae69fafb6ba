// Checking an email and password (and the TOTP code when the account has one), with the sign-in
// rate limits. Kept apart from next-auth so that it can be tested directly.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { dictionary } from "@/lib/i18n/server";
import { clearHits, consumeRateLimit, formatWait, RATE_LIMITS, refundHits, type RateLimit } from "@/lib/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { logSecurityEvent } from "@/lib/log";
import { verifySecondFactor } from "./totp";

export type SignInUser = { id: string; email: string; name: string | null; sessionVersion: number };
export type SignInResult =
  | { ok: true; user: SignInUser }
  | {
      ok: false;
      /** In the request's language (lib/i18n/server). */
      message: string;
      /** the email or the password was wrong (rather than a limit or the TOTP step) */
      invalidCredentials?: true;
      /** the password was right; ask for the TOTP code */
      totpRequired?: true;
    };
/** What next-auth hands to the sign-in form when it must show the TOTP field. */
export const TOTP_REQUIRED = "totp-required";

// A key must fit rate_limit_hits.key (300 characters) with the prefix and an address (up to 64):
// the address is cut to 200 characters there. No two real accounts share their first 200.
const keyEmail = (email: string) => email.slice(0, 200);

/** The sign-in rate-limit keys; accountIpPrefix covers an account at every address. */
export const signInKeys = {
  account: (email: string) => `signin:account:${keyEmail(email)}`,
  accountIp: (email: string, ip: string) => `signin:account-ip:${keyEmail(email)}|${ip}`,
  accountIpPrefix: (email: string) => `signin:account-ip:${keyEmail(email)}|`,
  ip: (ip: string) => `signin:ip:${ip}`,
};

// Verifying against a dummy hash when the account doesn't exist keeps the response time the same,
// so timing doesn't reveal which emails have an account.
let dummyHash: Promise<string> | null = null;

type Options = {
  /** The code typed at the TOTP step: 6 digits or a recovery code. */
  totpCode?: string;
  /** "confirm": re-checking the password of a signed-in user; no TOTP step, no sign-in audited. */
  purpose?: "sign-in" | "confirm";
};

export async function authenticate(db: Executor, emailInput: string, password: string, ip: string, options: Options = {}): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const purpose = options.purpose ?? "sign-in";
  const limits: [RateLimit, string][] = [
    [RATE_LIMITS.signInIp, signInKeys.ip(ip)],
    [RATE_LIMITS.signInAccountIp, signInKeys.accountIp(email, ip)],
    [RATE_LIMITS.signInAccount, signInKeys.account(email)],
  ];
  // Every attempt takes its place in each limit before the password is hashed, so parallel
  // guesses are bounded too. A right password gives the places back.
  const hitIds: number[] = [];
  let lastPlace = false;
  for (const [limit, key] of limits) {
    const check = await consumeRateLimit(db, limit, key);
    if (!check.allowed) {
      await refundHits(db, hitIds);
      return { ok: false, message: dictionary().messages.rateLimit.signIn(formatWait(check.retryAfterSeconds)) };
    }
    if (check.hitId !== undefined) hitIds.push(check.hitId);
    if (check.remaining === 0) lastPlace = true;
  }

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  const valid = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : (await verifyPassword(password, await (dummyHash ??= hashPassword("not-a-real-password"))), false);

  if (!user || !valid || user.disabledAt) {
    await appendAudit(db, {
      actorId: null,
      action: "auth.sign_in_failed",
      targetType: "user",
      targetId: user?.id ?? "inconnu",
      details: { email: email.slice(0, 254), ip, purpose },
    });
    if (lastPlace) {
      await appendAudit(db, { actorId: null, action: "auth.locked", targetType: "user", targetId: user?.id ?? "inconnu", details: { email: email.slice(0, 254), ip } });
      // The user id only: the typed address may be a stranger's, or a password typed in the wrong field.
      logSecurityEvent("account_locked", { userId: user?.id ?? null });
    }
    logSecurityEvent("sign_in_failed", { userId: user?.id ?? null, reason: !user ? "unknown_account" : user.disabledAt ? "disabled" : "wrong_password" });
    return { ok: false, message: dictionary().messages.auth.invalidCredentials, invalidCredentials: true };
  }
  await refundHits(db, hitIds);

  if (purpose === "sign-in" && user.totpEnabledAt && user.totpSecret) {
    if (!options.totpCode) return { ok: false, message: TOTP_REQUIRED, totpRequired: true };
    const second = await verifySecondFactor(db, user.id, user.totpSecret, options.totpCode);
    if (!second.ok) {
      await appendAudit(db, { actorId: null, action: "auth.totp_failed", targetType: "user", targetId: user.id, details: { ip } });
      return { ok: false, message: second.message, totpRequired: true };
    }
  }

  await clearHits(db, signInKeys.account(email), signInKeys.accountIp(email, ip));
  if (purpose === "sign-in") logSecurityEvent("sign_in_succeeded", { userId: user.id });
  if (purpose === "sign-in") await appendAudit(db, { actorId: user.id, action: "auth.sign_in", targetType: "user", targetId: user.id, details: { ip } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
