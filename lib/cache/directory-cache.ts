// A per-instance cache of public directory data that stays correct across instances.
// Every write to startups or sectors bumps directory_state.version in the same transaction (a
// trigger, migration 0003). Each request reads that version (one primary-key lookup) and only
// uses entries computed at the same version, so an approval or an unpublication is seen by every
// instance on its very next request, with nothing to invalidate by hand.
//
// Freshness (lib/freshness) is the exception: a "rien n'a changé" moves only a profile's
// confirmation date, which bumps directory_state.freshness_version instead (migration 0010), and
// freshness also changes as days pass. What shows it keys on both as well (directoryGeneration).
import { eq, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { queryRows, type Executor } from "@/db/client";
import { directoryState } from "@/db/schema";
import { config } from "@/lib/config";
import { parisToday } from "@/lib/events/params";

type Cache = LRUCache<string, Promise<unknown>>;
// One cache per database handle (tests open several databases in one process), kept on
// globalThis so that hot reload in development keeps it.
const globalForCache = globalThis as unknown as { nftDirectoryCaches?: WeakMap<Executor, Cache> };
const caches = (globalForCache.nftDirectoryCaches ??= new WeakMap<Executor, Cache>());

function cacheFor(db: Executor): Cache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache<string, Promise<unknown>>({ max: 1000 })));
  return cache;
}

export async function directoryVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ version: directoryState.version }).from(directoryState).where(eq(directoryState.id, 1));
  return row?.version ?? 0;
}

/** The version, the freshness version and today's Paris date: what pages that show freshness key on. */
export type DirectoryGeneration = { version: number; freshness: number; day: string };

export async function directoryGeneration(db: Executor, now: Date = new Date()): Promise<DirectoryGeneration> {
  const [row] = await db.select({ version: directoryState.version, freshness: directoryState.freshnessVersion }).from(directoryState).where(eq(directoryState.id, 1));
  return { version: row?.version ?? 0, freshness: row?.freshness ?? 0, day: parisToday(now) };
}

/** The generation the proxy keys a cached page on; for a profile, with its own confirmation date. */
export type CacheGeneration = DirectoryGeneration & {
  /** The profile's confirmation date (ms since the epoch) when `profileSlug` is a published profile, else null. */
  profileConfirmed: number | null;
  /**
   * When the last live event that has ended ended (ms since the epoch), or null. "Upcoming" means
   * "not ended yet", so the agenda's lists change exactly when this moves, within a day too.
   */
  lastEventEnd: number | null;
};

/** One query: the directory's state and, for a profile page, its confirmation date; for the agenda (`agenda`), its last ended event. */
export async function cacheGeneration(db: Executor, profileSlug: string | null, now: Date = new Date(), agenda = false): Promise<CacheGeneration> {
  const confirmed =
    profileSlug === null
      ? sql`null::bigint`
      : sql`(select floor(extract(epoch from confirmed_at) * 1000)::bigint from startups where slug = ${profileSlug} and status = 'published')`;
  // Only the agenda's pages key on it: the other cached pages (the hot path) skip the events scan.
  const lastEventEnd = agenda
    ? sql`(select floor(extract(epoch from max(ends_at)) * 1000)::bigint from events where ends_at <= ${now.toISOString()}::timestamptz)`
    : sql`null::bigint`;
  const [row] = await queryRows<{ version: number | string; freshness: number | string; confirmed: number | string | null; ended: number | string | null }>(
    db,
    sql`select version, freshness_version as freshness, ${confirmed} as confirmed, ${lastEventEnd} as ended from directory_state where id = 1`,
  );
  return {
    version: Number(row?.version ?? 0),
    freshness: Number(row?.freshness ?? 0),
    day: parisToday(now),
    profileConfirmed: row?.confirmed === null || row?.confirmed === undefined ? null : Number(row.confirmed),
    lastEventEnd: row?.ended === null || row?.ended === undefined ? null : Number(row.ended),
  };
}

/**
 * Returns the value cached for `key` at the current directory version, or computes it. Concurrent
 * requests for the same key share one computation.
 */
export async function cachedForDirectory<T>(db: Executor, key: string, compute: () => Promise<T>): Promise<T> {
  return cachedAtVersion(db, await directoryVersion(db), key, compute);
}

/** cachedForDirectory, for a caller that has read the version already (one read per request). */
export function cachedAtVersion<T>(db: Executor, version: number, key: string, compute: () => Promise<T>): Promise<T> {
  if (config().DIRECTORY_CACHE === "off") return compute();
  const cache = cacheFor(db);
  const fullKey = `${version}:${key}`;
  const hit = cache.get(fullKey) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = compute();
  cache.set(fullKey, pending);
  pending.catch(() => cache.delete(fullKey));
  return pending;
}
