// Rate limits stored in the database (rate_limit_hits), so that they hold across instances and
// restarts. A sliding window: a key is refused while it has `max` hits in the last `windowMs`.
// consumeRateLimit checks and records in one transaction holding an advisory lock on the key, so
// concurrent requests on any number of instances never get more than `max` hits through.
import { and, desc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimitHits } from "@/db/schema";
import { dictionary } from "@/lib/i18n/server";
import { logSecurityEvent } from "@/lib/log";

export type RateLimit = { readonly max: number; readonly windowMs: number };
export type RateLimitCheck =
  | { allowed: true; /** the hit recorded by consumeRateLimit, for refundHits */ hitId?: number; /** hits left after this one */ remaining?: number }
  | { allowed: false; retryAfterSeconds: number };

export const RATE_LIMITS = {
  // Sign-in (see README "Sécurité"): a tight limit per (account, address), so guessing from one
  // place stops quickly without locking the owner out from elsewhere; a slower one per account
  // across all addresses, cleared by a successful reset; and one per address across accounts.
  signInAccountIp: { max: 5, windowMs: 15 * 60_000 },
  signInAccount: { max: 20, windowMs: 60 * 60_000 },
  signInIp: { max: 50, windowMs: 15 * 60_000 },
  totpUser: { max: 5, windowMs: 15 * 60_000 },
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
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest.at.getTime() + limit.windowMs - now.getTime()) / 1000));
  // The key's kind only ("signin:ip"): the rest is an address or an email, not for the log.
  logSecurityEvent("rate_limited", { limit: key.split(":").slice(0, 2).join(":"), retryAfterSeconds });
  return { allowed: false, retryAfterSeconds };
}

// A namespace for pg_advisory_xact_lock(int, int), apart from the migration lock's single key.
const ADVISORY_NAMESPACE = 7301;

/**
 * Checks the limit and, when allowed, records a hit, as one atomic step. Call it BEFORE the costly
 * or guessable work (a password check), so that parallel attempts are counted before they run.
 */
export async function consumeRateLimit(db: Executor, limit: RateLimit, key: string, now = new Date()): Promise<RateLimitCheck> {
  const check = await db.transaction(async (tx) => {
    // Serializes consumers of the same key until commit; other keys are not blocked.
    await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_NAMESPACE}, hashtext(${key}))`);
    const current = await checkRateLimit(tx, limit, key, now);
    if (!current.allowed) return current;
    const [hit] = await tx.insert(rateLimitHits).values({ key, at: now }).returning({ id: rateLimitHits.id });
    const used = await tx
      .select({ at: rateLimitHits.at })
      .from(rateLimitHits)
      .where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.at, new Date(now.getTime() - limit.windowMs))))
      .limit(limit.max);
    return { allowed: true as const, hitId: hit!.id, remaining: Math.max(0, limit.max - used.length) };
  });
  if (Math.random() < PURGE_PROBABILITY) await purgeOldHits(db, now);
  return check;
}

/** Takes back hits that turned out not to count (e.g. the password was right). */
export async function refundHits(db: Executor, hitIds: readonly number[]): Promise<void> {
  if (hitIds.length > 0) await db.delete(rateLimitHits).where(inArray(rateLimitHits.id, [...hitIds]));
}

/** Not atomic with a check: prefer consumeRateLimit. */
export async function recordHit(db: Executor, key: string, now = new Date()): Promise<void> {
  await db.insert(rateLimitHits).values({ key, at: now });
  if (Math.random() < PURGE_PROBABILITY) await purgeOldHits(db, now);
}

export async function clearHits(db: Executor, ...keys: string[]): Promise<void> {
  if (keys.length > 0) await db.delete(rateLimitHits).where(inArray(rateLimitHits.key, keys));
}

/** Deletes every key that starts with one of the prefixes (a deleted account's keys). */
export async function clearHitsByPrefix(db: Executor, prefixes: readonly string[]): Promise<void> {
  for (const prefix of prefixes) {
    const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    await db.delete(rateLimitHits).where(sql`${rateLimitHits.key} like ${pattern}`);
  }
}

/**
 * Deletes the keys that name a person (their account is deleted). The convention for such keys:
 * they end with ":<user id>" or ":<email>", or hold ":<email>|" before an address.
 */
export async function clearHitsOfPerson(db: Executor, person: { userId: string; email: string }): Promise<void> {
  const email = person.email.trim().toLowerCase();
  await db.delete(rateLimitHits).where(
    sql`right(${rateLimitHits.key}, ${person.userId.length + 1}) = ${`:${person.userId}`}
      or right(${rateLimitHits.key}, ${email.length + 1}) = ${`:${email}`}
      or strpos(${rateLimitHits.key}, ${`:${email}|`}) > 0`,
  );
}

/** Deletes hits too old to count in any limit. */
export async function purgeOldHits(db: Executor, now = new Date()): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.at, new Date(now.getTime() - RETENTION_MS)));
}

/** "Réessayez dans 14 minutes." — seconds under a minute, then minutes (rounded up), then hours. */
export function formatWait(seconds: number): string {
  const t = dictionary().messages.rateLimit;
  const secs = Math.max(1, Math.ceil(seconds));
  if (secs < 60) return t.retryInSeconds(secs);
  const minutes = Math.ceil(secs / 60);
  if (minutes <= 90) return t.retryInMinutes(minutes);
  return t.retryInHours(Math.ceil(minutes / 60));
}
