// Keeps the directory_stats materialized view (migration 0005) in step with the directory.
// Refreshing is on demand: a reader that finds the view older than directory_state.version
// refreshes it first, under an advisory lock so that concurrent readers (or instances) refresh
// once. No reader ever uses a view older than the data it is about to report on.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { directoryVersion } from "@/lib/cache/directory-cache";

const REFRESH_LOCK_KEY = 7_401_536_216;

async function viewVersion(db: Db | Parameters<Parameters<Db["transaction"]>[0]>[0]): Promise<number> {
  const [row] = await queryRows<{ version: number | string }>(db, sql`select version from directory_stats_state where id = 1`);
  return Number(row?.version ?? -1);
}

/** Refreshes the view if the directory changed since it was last refreshed. Returns true if it did. */
export async function ensureStatsFresh(db: Db): Promise<boolean> {
  if ((await viewVersion(db)) >= (await directoryVersion(db))) return false;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK_KEY})`);
    // Read after the lock: another reader may have refreshed while we waited.
    const target = await directoryVersion(tx);
    if ((await viewVersion(tx)) >= target) return false;
    await tx.execute(sql`refresh materialized view directory_stats`);
    await tx.execute(sql`update directory_stats_state set version = ${target}, refreshed_at = now() where id = 1`);
    return true;
  });
}
