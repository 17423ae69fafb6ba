// Checking an email and password, with the sign-in rate limits. Kept apart from next-auth so that
// it can be tested directly.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { fr } from "@/lib/i18n/fr";
import { checkRateLimit, clearHits, formatWait, RATE_LIMITS, recordHit } from "@/lib/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { logSecurityEvent } from "@/lib/log";

export type SignInUser = { id: string; email: string; name: string | null; sessionVersion: number };
export type SignInResult = { ok: true; user: SignInUser } | { ok: false; message: string };

export const INVALID_CREDENTIALS = fr.messages.auth.invalidCredentials;

// Verifying against a dummy hash when the account doesn't exist keeps the response time the same,
// so timing doesn't reveal which emails have an account.
let dummyHash: Promise<string> | null = null;

export async function authenticate(db: Executor, emailInput: string, password: string, ip: string): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const accountKey = `signin:account:${email}`;
  const ipKey = `signin:ip:${ip}`;
  for (const [limit, key] of [
    [RATE_LIMITS.signInAccount, accountKey],
    [RATE_LIMITS.signInIp, ipKey],
  ] as const) {
    const check = await checkRateLimit(db, limit, key);
    if (!check.allowed) return { ok: false, message: fr.messages.rateLimit.signIn(formatWait(check.retryAfterSeconds)) };
  }

  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  const valid = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : (await verifyPassword(password, await (dummyHash ??= hashPassword("not-a-real-password"))), false);

  if (!user || !valid || user.disabledAt) {
    await recordHit(db, accountKey);
    await recordHit(db, ipKey);
    logSecurityEvent("sign_in_failed", { userId: user?.id ?? null, reason: !user ? "unknown_account" : user.disabledAt ? "disabled" : "wrong_password" });
    return { ok: false, message: INVALID_CREDENTIALS };
  }
  await clearHits(db, accountKey);
  logSecurityEvent("sign_in_succeeded", { userId: user.id });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
