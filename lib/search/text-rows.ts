// Which rows of the facet snapshot a search's text matches, so that the facets of a text search
// are counted in process like those of a search without text (lib/search/facet-snapshot), instead
// of aggregating every match in SQL (about two thirds of a new search's time at 100,000 startups).
//
// The match set depends on the words only, not on the filters, the sort or the page, and crawlers
// and visitors combine the same words with every filter: it is kept per snapshot and per words.
// It is read in one transaction together with the directory version and used only when that is
// the snapshot's version, so the counts are never from another version than the snapshot.
import { sql, type SQL } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { queryRows, type Db } from "@/db/client";
import { config } from "@/lib/config";
import { rowOfId, type FacetSnapshot } from "./facet-snapshot";
import { searchTerms, textMatch } from "./text";

// 4 bytes a matching row: a word matching a fifth of 100,000 startups takes 80 kB.
const BYTES_PER_SNAPSHOT = 16 * 1024 * 1024;
const bySnapshot = new WeakMap<FacetSnapshot, LRUCache<string, Uint32Array>>();

function cacheOf(snapshot: FacetSnapshot): LRUCache<string, Uint32Array> {
  let cache = bySnapshot.get(snapshot);
  if (!cache) bySnapshot.set(snapshot, (cache = new LRUCache({ maxSize: BYTES_PER_SNAPSHOT, sizeCalculation: (rows) => rows.byteLength + 64 })));
  return cache;
}

/**
 * The snapshot rows of the published startups that `q` matches, in the order of their relevance
 * tier, then name (what the ranked candidates are cut from), or null when `q` has
 * no words, or when the directory has moved past the snapshot's version (the caller counts in SQL).
 */
export async function textMatchRows(db: Db, snapshot: FacetSnapshot, q: string): Promise<Uint32Array | null> {
  const text = textMatch(q);
  if (text === null) return null;
  const key = searchTerms(q).join(" ");
  const cache = config().DIRECTORY_CACHE === "off" ? null : cacheOf(snapshot);
  const hit = cache?.get(key);
  if (hit) return hit;
  // The facets and the page of a new search ask at the same time: one query serves both.
  // Keyed by the snapshot object, not its version: two databases (the tests) can share a number.
  let inFlight = pending.get(snapshot);
  if (!inFlight) pending.set(snapshot, (inFlight = new Map()));
  let reading = inFlight.get(key);
  if (!reading) {
    inFlight.set(key, (reading = readRows(db, snapshot, text.where, text.tier)));
    reading.then(() => inFlight.delete(key), () => inFlight.delete(key));
  }
  const rows = await reading;
  if (rows) cache?.set(key, rows);
  return rows;
}

const pending = new WeakMap<FacetSnapshot, Map<string, Promise<Uint32Array | null>>>();

async function readRows(db: Db, snapshot: FacetSnapshot, where: SQL, tier: SQL | null): Promise<Uint32Array | null> {
  const ids = await db.transaction(
    async (tx) => {
      const [state] = await queryRows<{ version: number | string }>(tx, sql`select version from directory_state where id = 1`);
      if (Number(state?.version ?? 0) !== snapshot.version) return null;
      // In the cheap relevance order (lib/search/search.ts searchPage), so that the result pages
      // can be cut from the same list: one scan of the matches serves the counts and the pages.
      return queryRows<{ id: string }>(
        tx,
        sql`select id from startups where status = 'published' and ${where} order by ${tier ? sql`${tier} desc, ` : sql``}name_sort, id`,
      );
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  if (ids === null) return null;
  const rows = new Uint32Array(ids.length);
  for (let at = 0; at < ids.length; at++) {
    const row = rowOfId(snapshot, ids[at]!.id);
    // Same version, same published rows: a miss would be a bug, and SQL still gives the right answer.
    if (row < 0) return null;
    rows[at] = row;
  }
  return rows;
}
