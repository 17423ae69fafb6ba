// TOTP two-factor sign-in (RFC 6238, via otpauth): enrolment, checking a code or a one-time
// recovery code, with a per-account limit on guesses.
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import type { Executor } from "@/db/client";
import { totpRecoveryCodes, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/server";
import { consumeRateLimit, formatWait, RATE_LIMITS, refundHits } from "@/lib/rate-limit";
import { hashToken } from "./tokens";

const ISSUER = "Normandy French Tech";
const RECOVERY_CODE_COUNT = 10;
const totpKey = (userId: string) => `totp:user:${userId}`;

function totpOf(secret: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The current code for a secret (the seed prints it; the e2e tests compute it the same way). */
export function currentTotpCode(secret: string, now = Date.now()): string {
  return totpOf(secret, "").generate({ timestamp: now });
}

/** Accepts the code of the current 30 s step or of its neighbours (clock drift). */
export function isValidTotpCode(secret: string, code: string, now = Date.now()): boolean {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  return totpOf(secret, "").validate({ token, timestamp: now, window: 1 }) !== null;
}

/** "abcde-fghij": 50 random bits, in an alphabet without look-alike characters. */
function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normalizeRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/[^a-z0-9]/g, "");

/** A TOTP code or an unused recovery code, after taking a place in the account's guess limit. */
export async function verifySecondFactor(db: Executor, userId: string, secret: string, code: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const limit = await consumeRateLimit(db, RATE_LIMITS.totpUser, totpKey(userId));
  if (!limit.allowed) return { ok: false, message: dictionary().messages.rateLimit.totp(formatWait(limit.retryAfterSeconds)) };
  // A right code gives its place back: the limit is on guesses, and staff sign in many times a day.
  const refund = () => refundHits(db, limit.hitId !== undefined ? [limit.hitId] : []);
  if (isValidTotpCode(secret, code)) {
    await refund();
    return { ok: true };
  }
  const normalized = normalizeRecoveryCode(code);
  if (normalized.length === 10) {
    const [used] = await db
      .update(totpRecoveryCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(totpRecoveryCodes.userId, userId), eq(totpRecoveryCodes.codeHash, hashToken(normalized)), isNull(totpRecoveryCodes.usedAt)))
      .returning({ id: totpRecoveryCodes.id });
    if (used) {
      await appendAudit(db, { actorId: userId, action: "auth.totp_recovery_code_used", targetType: "user", targetId: userId });
      await refund();
      return { ok: true };
    }
  }
  return { ok: false, message: dictionary().messages.auth.invalidTotp };
}

export type TotpEnrolment = { secret: string; uri: string; qrDataUrl: string };

/** Starts (or restarts) enrolment: a new secret, not yet required at sign-in. */
export async function startTotpEnrolment(db: Executor, userId: string): Promise<TotpEnrolment> {
  const [user] = await db.select({ email: users.email, enabledAt: users.totpEnabledAt, secret: users.totpSecret }).from(users).where(eq(users.id, userId));
  if (!user) throw new DomainError(dictionary().messages.auth.invalidTotp);
  if (user.enabledAt) throw new DomainError(dictionary().messages.auth.totpAlreadyEnabled);
  // A pending secret is kept, so reloading the page does not invalidate a scanned QR code.
  let secret = user.secret;
  if (!secret) {
    secret = newTotpSecret();
    await db.update(users).set({ totpSecret: secret, updatedAt: new Date() }).where(eq(users.id, userId));
  }
  const uri = totpOf(secret, user.email).toString();
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once. */
export async function confirmTotpEnrolment(db: Executor, userId: string, code: string): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; message: string }> {
  const [user] = await db.select({ enabledAt: users.totpEnabledAt, secret: users.totpSecret }).from(users).where(eq(users.id, userId));
  if (!user?.secret || user.enabledAt) return { ok: false, message: dictionary().messages.auth.totpAlreadyEnabled };
  const limit = await consumeRateLimit(db, RATE_LIMITS.totpUser, totpKey(userId));
  if (!limit.allowed) return { ok: false, message: dictionary().messages.rateLimit.totp(formatWait(limit.retryAfterSeconds)) };
  if (!isValidTotpCode(user.secret, code)) return { ok: false, message: dictionary().messages.auth.invalidTotp };
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: new Date(), updatedAt: new Date() }).where(eq(users.id, userId));
    await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
    await tx.insert(totpRecoveryCodes).values(recoveryCodes.map((c) => ({ userId, codeHash: hashToken(normalizeRecoveryCode(c)) })));
    await appendAudit(tx, { actorId: userId, action: "auth.totp_enrolled", targetType: "user", targetId: userId });
  });
  return { ok: true, recoveryCodes };
}
