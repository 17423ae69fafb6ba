// A per-instance cache of public directory data that stays correct across instances.
// Every write to startups or sectors bumps directory_state.version in the same transaction (a
// trigger, migration 0003). Each request reads that version (one primary-key lookup) and only
// uses entries computed at the same version, so an approval or an unpublication is seen by every
// instance on its very next request, with nothing to invalidate by hand.
import { eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Executor } from "@/db/client";
import { directoryState } from "@/db/schema";
import { config } from "@/lib/config";

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
