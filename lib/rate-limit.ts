// Rate limits stored in the database (rate_limit_hits), so that they hold across instances and
// restarts. A sliding window: a key is refused while it has `max` hits in the last `windowMs`.
// Checking then recording is not atomic: two simultaneous requests may both pass, which is fine
// for slowing down guessing and spam, the purpose here.
import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { fr } from "@/lib/i18n/fr";
import { logSecurityEvent } from "@/lib/log";

export type RateLimit = { readonly max: number; readonly windowMs: number };
export type RateLimitCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const RATE_LIMITS = {
  signInAccount: { max: 10, windowMs: 15 * 60_000 },
  signInIp: { max: 10, windowMs: 15 * 60_000 },
  signUpIp: { max: 20, windowMs: 60 * 60_000 },
  passwordResetIp: { max: 5, windowMs: 60 * 60_000 },
  submissionUser: { max: 10, windowMs: 24 * 60 * 60_000 },
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
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest.at.getTime() + limit.windowMs - now.getTime()) / 1000));
  // The key's kind only ("signin:ip"): the rest is an address or an email, not for the log.
  logSecurityEvent("rate_limited", { limit: key.split(":").slice(0, 2).join(":"), retryAfterSeconds });
  return { allowed: false, retryAfterSeconds };
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
