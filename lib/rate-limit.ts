// Rate limits stored in the database (rate_limit_hits), so that they hold across instances and
// restarts. A sliding window: a key is refused while it has `max` hits in the last `windowMs`.
// Checking then recording is not atomic: two simultaneous requests may both pass, which is fine
// for slowing down guessing and spam, the purpose here.
import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { fr } from "@/lib/i18n/fr";

export type RateLimit = { readonly max: number; readonly windowMs: number };
export type RateLimitCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const RATE_LIMITS = {
  signInAccount: { max: 10, windowMs: 15 * 60_000 },
  signInIp: { max: 10, windowMs: 15 * 60_000 },
  signUpIp: { max: 20, windowMs: 60 * 60_000 },
  passwordResetIp: { max: 5, windowMs: 60 * 60_000 },
  submissionUser: { max: 10, windowMs: 24 * 60 * 60_000 },
  // Everything that sends a mail to an address: per address, so nobody can flood one inbox.
  signUpEmail: { max: 3, windowMs: 60 * 60_000 },
  passwordResetEmail: { max: 3, windowMs: 60 * 60_000 },
  verificationResendUser: { max: 3, windowMs: 60 * 60_000 },
  // The reset form, per address: each attempt looks a token up (and, if valid, hashes a password).
  resetFormIp: { max: 20, windowMs: 15 * 60_000 },
  invitationUser: { max: 20, windowMs: 24 * 60 * 60_000 },
  claimUser: { max: 5, windowMs: 24 * 60 * 60_000 },
  startupCreationUser: { max: 10, windowMs: 24 * 60 * 60_000 },
  // Costly public reads, per address, generous enough for any person or well-behaved robot.
  publicCsvIp: { max: 60, windowMs: 60 * 60_000 },
  sitemapIp: { max: 60, windowMs: 60 * 60_000 },
  uncachedSearchIp: { max: 300, windowMs: 10 * 60_000 },
} as const;

// Older hits can't count in any window above; one day also covers the longest one.
const RETENTION_MS = Math.max(24 * 60 * 60_000, ...Object.values(RATE_LIMITS).map((limit) => limit.windowMs));
// Purging on about one hit in a hundred keeps the table small without a scheduled job.
const PURGE_PROBABILITY = 0.01;

export async function checkRateLimit(db: Executor, limit: RateLimit, key: string, now = new Date()): Promise<RateLimitCheck> {
  // The `max` most recent hits in the window (an index range scan on (key, at)). If there are
  // `max` of them, the key is refused until the oldest of those leaves the window; that is also
  // right when concurrent requests pushed the count past `max`.
  const recent = await db
    .select({ at: rateLimitHits.at })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.at, new Date(now.getTime() - limit.windowMs))))
    .orderBy(desc(rateLimitHits.at))
    .limit(limit.max);
  const oldest = recent[limit.max - 1];
  if (!oldest) return { allowed: true };
  const retryAfterMs = oldest.at.getTime() + limit.windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/**
 * Checks a limit and, when it allows, records the hit. Minimal version (check, then record):
 * sec-auth makes this one atomic step; callers only use this function, so they gain it as is.
 */
export async function consumeRateLimit(db: Executor, limit: RateLimit, key: string, now = new Date()): Promise<RateLimitCheck> {
  const check = await checkRateLimit(db, limit, key, now);
  if (check.allowed) await recordHit(db, key, now);
  return check;
}

export async function recordHit(db: Executor, key: string, now = new Date()): Promise<void> {
  await db.insert(rateLimitHits).values({ key, at: now });
  if (Math.random() < PURGE_PROBABILITY) await purgeOldHits(db, now);
}

export async function clearHits(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimitHits).where(eq(rateLimitHits.key, key));
}

/** Deletes hits too old to count in any limit. */
export async function purgeOldHits(db: Executor, now = new Date()): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.at, new Date(now.getTime() - RETENTION_MS)));
}

/** "Réessayez dans 14 minutes." — seconds under a minute, then minutes (rounded up), then hours. */
export function formatWait(seconds: number): string {
  const t = fr.messages.rateLimit;
  const secs = Math.max(1, Math.ceil(seconds));
  if (secs < 60) return t.retryInSeconds(secs);
  const minutes = Math.ceil(secs / 60);
  if (minutes <= 90) return t.retryInMinutes(minutes);
  return t.retryInHours(Math.ceil(minutes / 60));
}
