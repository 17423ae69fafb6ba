// Public pages that only show published directory data are rendered once per (directory version,
// canonical query) and then served from Next's page cache (ISR). On a 2-core server, rendering
// the directory (facets for 173 communes, 20 result cards) or the statistics (7 charts) costs
// several times more than everything else in a request.
//
// proxy.ts rewrites each request for such a page to an internal, cacheable path that names the
// current directory version and the canonical query. Because the version is part of the path, a
// change made through any instance (every write to startups or sectors bumps it, migration 0003)
// is seen on the very next request everywhere, with nothing to invalidate by hand; the entries of
// older versions simply age out of the LRU.
import { METROPOLISES } from "@/lib/startups/options";
import { parseSearchParams, toQueryString, type RawParams } from "@/lib/search/params";

/** Every internal path starts with this; the proxy refuses it from outside. */
export const INTERNAL_PREFIX = "/interne/";

export type CachedPage = {
  /** The public path. */
  path: string;
  /** The internal route that renders it: app/interne/<name>/[version]/[key]/page.tsx. */
  name: string;
  /** The query string (no "?") that stands for a request's query: equivalent URLs share one. */
  canonicalQuery: (query: URLSearchParams) => string;
};

export function rawParams(query: URLSearchParams): RawParams {
  const raw: RawParams = {};
  for (const key of new Set(query.keys())) raw[key] = query.getAll(key);
  return raw;
}

export const DIRECTORY_PAGE: CachedPage = {
  path: "/startups",
  name: "annuaire",
  canonicalQuery: (query) => toQueryString(parseSearchParams(rawParams(query))).replace(/^\?/, ""),
};

export const STATISTICS_PAGE: CachedPage = {
  path: "/statistiques",
  name: "statistiques",
  canonicalQuery: (query) => {
    const metropolis = METROPOLISES.find((candidate) => candidate === query.get("metropole"));
    return metropolis ? `metropole=${metropolis}` : "";
  },
};

export const CACHED_PAGES = [DIRECTORY_PAGE, STATISTICS_PAGE];

/** base64url keeps any character of the query (slashes, `%`, accents) safe in one path segment. */
export function cacheKey(page: CachedPage, query: URLSearchParams): string {
  return Buffer.from(page.canonicalQuery(query)).toString("base64url") || "-";
}

export function internalPath(page: CachedPage, version: number, query: URLSearchParams): string {
  return `${INTERNAL_PREFIX}${page.name}/${version}/${cacheKey(page, query)}`;
}

/**
 * The query a key stands for. A key that is not canonical yields null, so that nobody can fill
 * the cache with variants of one page.
 */
export function queryFromKey(page: CachedPage, key: string): URLSearchParams | null {
  const query = key === "-" ? "" : Buffer.from(key, "base64url").toString();
  return page.canonicalQuery(new URLSearchParams(query)) === query ? new URLSearchParams(query) : null;
}
