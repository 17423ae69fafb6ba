// The soak test's memory bound (scripts/fault/soak.ts).
import fs from "node:fs";
import path from "node:path";

/**
 * What a full page cache takes in the server, per byte that Next counts against
 * `cacheMaxMemorySize` (a page's HTML and RSC payload). Seen in a 180-second soak on PGlite with
 * the 200 MB default, what the server held after a full collection rose from 308 MB (heap 104 +
 * buffers 204, the embedded database's memory among them) to a plateau of 638 MB (370 + 268) once
 * the cache was full: 1.65 a byte, with the keys, the per-version data caches beside it
 * (lib/cache/directory-cache.ts) and the database's own growth.
 */
const HELD_PER_CACHED_BYTE = 1.75;

/**
 * The most memory (JavaScript heap and buffers, after a full collection) that the server may hold
 * at the end of a soak, from the same reading once its warm-up was answered: the page cache may
 * fill up to its configured size (the soak's moderator moves the directory version every second,
 * so every public page is rendered again each second and the older versions stay until the cache
 * is full), and on top of that the larger of +30 % and +50 MB. Anything beyond is a leak.
 *
 * RSS is no measure of one: under load it swings by hundreds of MB with the password hashes in
 * flight (128 MiB each, lib/auth/password.ts), the allocator keeps what they freed, and V8 leaves
 * garbage uncollected until it needs the room (two 30-second runs failed a +30 % RSS bound on
 * nothing but that).
 */
export function heldBound(warmMegabytes: number, pageCacheMegabytes: number): number {
  return Math.round(warmMegabytes + HELD_PER_CACHED_BYTE * pageCacheMegabytes + Math.max(warmMegabytes * 0.3, 50));
}

/** The page cache's size in the build the fault tests run (`cacheMaxMemorySize`, fixed at `next build`), in MB. */
export function builtPageCacheMegabytes(standaloneDir = ".next/standalone"): number {
  const file = path.resolve(standaloneDir, ".next/required-server-files.json");
  const { config } = JSON.parse(fs.readFileSync(file, "utf8")) as { config: { cacheMaxMemorySize?: number } };
  return Math.round((config.cacheMaxMemorySize ?? 50 * 1024 * 1024) / 1024 / 1024);
}
